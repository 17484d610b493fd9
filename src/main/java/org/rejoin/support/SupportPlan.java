package org.rejoin.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case's stepped support plan as the case page shows it. Reviews are read a page at a time
 * ({@link SupportPlanService#reviews}); part-time timetables are the latest few.
 */
public record SupportPlan(UUID caseId, UUID schoolId, UUID pupilId, PlanState state, String leadChampion,
                          String keyAdult, Duration reviewEvery, String overallGoal, String parentContact,
                          String contactArrangements, Instant nextReviewDue, Instant closedAt, LocalDate followUpOn,
                          List<PlanStep> steps, List<PartTimeTimetable> partTimeTimetables) {

    public SupportPlan {
        steps = steps == null ? List.of() : List.copyOf(steps);
        partTimeTimetables = partTimeTimetables == null ? List.of() : List.copyOf(partTimeTimetables);
    }

    public boolean hasOpenPartTimeTimetable() {
        return partTimeTimetables.stream().anyMatch(p -> p.state().isOpen());
    }

    /** A part-time timetable proposed and not yet signed off, which may be withdrawn. */
    public boolean hasPartTimeProposal() {
        return partTimeTimetables.stream().anyMatch(p -> p.state().isProposal());
    }
}
