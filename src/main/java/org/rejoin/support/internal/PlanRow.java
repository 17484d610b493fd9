package org.rejoin.support.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.rejoin.support.PlanState;

/** A row of support_plan as the plan's recorders and readers use it. */
public record PlanRow(UUID caseId, UUID schoolId, UUID pupilId, PlanState state, String leadChampion,
                      String keyAdult, Duration reviewEvery, String overallGoal, String parentContact,
                      String contactArrangements, Integer currentStep, Instant nextReviewDue, Instant closedAt,
                      LocalDate followUpOn, Boolean followUpSustained, Integer endedStepUnreviewed,
                      boolean reviewBeforeStepEnded) {
}
