package org.rejoin.support;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a plan, in the order shown. {@code adjustments} are the codes the forms use (QUIET_SPACE,
 * ...); {@code again} marks a step worked on again after attendance fell following the plan.
 */
public record PlanStep(int position, String description, List<String> adjustments, String otherAdjustment,
                       StepState state, boolean again, LocalDate startedOn, LocalDate endedOn) {

    public PlanStep {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }
}
