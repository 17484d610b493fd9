package org.rejoin.support.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.support.PlanStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the plan's workers change in its steps: achieved, adapted or split, all achieved at closing. Each
 * job is applied once (keyed by its job key) and told in the chronology.
 */
@Component
public class StepChanges {

    /** The plan's Timer_FollowUp (P42D): attendance is checked six weeks after the plan closes. */
    public static final int FOLLOW_UP_DAYS = 42;

    private final PlanStore plans;
    private final StepStore steps;
    private final Chronology chronology;

    StepChanges(PlanStore plans, StepStore steps, Chronology chronology) {
        this.plans = plans;
        this.steps = steps;
        this.chronology = chronology;
    }

    @Transactional
    public void achieved(UUID caseId, int index, String sourceKey, LocalDate today) {
        PlanRow plan = plans.lock(caseId).orElseThrow(() -> noPlan(caseId));
        if (!plans.firstTime(caseId, sourceKey)) {
            return;
        }
        PlanStep step = steps.atIndex(caseId, index).orElseThrow(() -> new IllegalArgumentException(
                "The support plan has no step " + (index + 1) + " to mark achieved"));
        boolean more = steps.achieve(caseId, index, today);
        Optional<PlanStep> next = more ? steps.atIndex(caseId, index + 1) : Optional.empty();
        plans.currentStep(caseId, more ? index + 1 : null);
        ended(plan, step.position());
        record(caseId, "Step achieved: " + step.description() + " — celebrate it",
                next.map(n -> "Next step, from today: " + n.description() + ".")
                        .orElse("That was the last step of the plan."), sourceKey);
    }

    @Transactional
    public void adapted(UUID caseId, int index, List<NewStep> replacements, boolean split, String reason,
                        String sourceKey, LocalDate today) {
        plans.lock(caseId).orElseThrow(() -> noPlan(caseId));
        if (!plans.firstTime(caseId, sourceKey)) {
            return;
        }
        PlanStep stalled = steps.atIndex(caseId, index).orElseThrow(() -> new IllegalArgumentException(
                "The support plan has no step " + (index + 1) + " to adapt"));
        steps.replace(caseId, index, replacements, today);
        plans.currentStep(caseId, index);
        String title = split ? "Step split into " + replacements.size() + " smaller steps: " + stalled.description()
                : "Step adapted: " + stalled.description();
        String now = String.join("; ", replacements.stream().map(NewStep::description).toList());
        record(caseId, title, (reason == null ? "" : "Why it stalled: " + reason + "\n") + "Now: " + now + ".",
                sourceKey);
    }

    @Transactional
    public void closed(UUID caseId, String sourceKey, Instant now) {
        PlanRow plan = plans.lock(caseId).orElseThrow(() -> noPlan(caseId));
        if (!plans.firstTime(caseId, sourceKey)) {
            return;
        }
        LocalDate today = now.atZone(UkDates.ZONE).toLocalDate();
        steps.achieveAll(caseId, today).ifPresent(position -> ended(plan, position));
        LocalDate followUp = today.plusDays(FOLLOW_UP_DAYS);
        plans.close(caseId, now, followUp);
        record(caseId, "Support plan closed: every step achieved", "Attendance is checked again on "
                + UkDates.formatInWords(followUp) + ", six weeks on. If it has held, the case closes; if not, the "
                + "reviews start again.", sourceKey);
    }

    static IllegalArgumentException noPlan(UUID caseId) {
        return new IllegalArgumentException("No support plan is recorded for case " + caseId);
    }

    /** The step a worker ended belongs to the review that asked for it, whichever was recorded first. */
    private void ended(PlanRow plan, int position) {
        plans.reviewMatching(plan.caseId(), plan.reviewBeforeStepEnded() ? null : position, false);
    }

    private void record(UUID caseId, String title, String body, String sourceKey) {
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, null, title, body, Map.of(), sourceKey));
    }
}
