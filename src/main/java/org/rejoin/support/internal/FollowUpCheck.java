package org.rejoin.support.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.pupil.AttendancePercent;
import org.rejoin.pupil.AttendanceTotals;
import org.rejoin.pupil.PupilService;
import org.rejoin.support.PlanState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six weeks after the plan closed: has attendance held? It has when the pupil attended at least
 * rejoin.plan.sustained-attendance-percent of the sessions in the weeks starting on or after the day the
 * plan closed. No attendance recorded since cannot show that it held, so the reviews start again.
 */
@Component
public class FollowUpCheck {

    private final PlanStore plans;
    private final StepStore steps;
    private final PupilService pupils;
    private final CaseService cases;
    private final Chronology chronology;
    private final PlanProperties settings;

    FollowUpCheck(PlanStore plans, StepStore steps, PupilService pupils, CaseService cases, Chronology chronology,
                  PlanProperties settings) {
        this.plans = plans;
        this.steps = steps;
        this.pupils = pupils;
        this.cases = cases;
        this.chronology = chronology;
        this.settings = settings;
    }

    /** Whether attendance held; if not, the plan works on its last step again. A job checked twice answers twice alike. */
    @Transactional
    public boolean check(UUID caseId, String sourceKey, Instant now) {
        PlanRow plan = plans.lock(caseId).orElseThrow(() -> StepChanges.noPlan(caseId));
        if (!plans.firstTime(caseId, sourceKey)) {
            return Boolean.TRUE.equals(plan.followUpSustained());
        }
        if (plan.closedAt() == null) {
            throw new IllegalArgumentException("The support plan of case " + caseId + " is not closed: there is "
                    + "nothing to follow up");
        }
        LocalDate closedOn = plan.closedAt().atZone(UkDates.ZONE).toLocalDate();
        AttendanceTotals since = pupils.attendanceSince(plan.pupilId(), closedOn);
        int threshold = settings.sustainedAttendancePercent();
        boolean sustained = since.anyRecorded() && since.percent() >= threshold;
        plans.followedUp(caseId, sustained);
        String again = "";
        if (!sustained) {
            LocalDate today = now.atZone(UkDates.ZONE).toLocalDate();
            int index = steps.reopenLast(caseId, today);
            plans.reopen(caseId, index, now.plus(plan.reviewEvery()));
            again = " Reviews start again on the last step: " + steps.atIndex(caseId, index).orElseThrow().description()
                    + ".";
        }
        String closed = UkDates.formatInWords(closedOn);
        String percent = AttendancePercent.format(since.percent());
        NewEntry entry = !since.anyRecorded()
                ? entry(caseId, "No attendance recorded since the plan closed", "No attendance has been recorded for "
                        + "the weeks since the plan closed on " + closed + ", so it cannot be shown to have held." + again
                        + " Import the latest attendance before the next review.", sourceKey)
                : entry(caseId, (sustained ? "Attendance held after the plan: " : "Attendance fell after the plan: ")
                        + percent, "Over the " + since.weeks() + " week(s) recorded since the plan closed on " + closed
                        + " the pupil attended " + percent + " of sessions (" + threshold + "% or more counts as held)."
                        + (sustained ? " The case closes." : again), sourceKey);
        chronology.record(entry);
        return sustained;
    }

    /** Attendance held: the case closes and the plan is done. */
    @Transactional
    public void closeCase(UUID caseId, String sourceKey) {
        plans.lock(caseId).orElseThrow(() -> StepChanges.noPlan(caseId));
        cases.close(caseId, "Attendance held for six weeks after the stepped support plan", sourceKey);
        plans.moveOn(caseId, PlanState.CLOSED_FOLLOWING_UP, PlanState.SUSTAINED);
    }

    private static NewEntry entry(UUID caseId, String title, String body, String sourceKey) {
        return new NewEntry(caseId, EntryKind.CASE, null, null, title, body, Map.of(), sourceKey);
    }
}
