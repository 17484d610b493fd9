package org.rejoin.support;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Starts a plan on the app's engine with its own review interval, for other modules' in-app tests. */
public final class PlanStarts {

    private PlanStarts() {
    }

    /** Reviews fall due every {@code reviewEvery} (seconds in tests: the app's engine is never time-travelled). */
    public static void start(SupportPlanService plans, UUID caseId, UUID pupilId, UUID schoolId, String leadChampion,
                             String keyAdult, Duration reviewEvery) {
        plans.start(caseId, pupilId, schoolId, leadChampion, keyAdult, Map.of(), reviewEvery);
    }
}
