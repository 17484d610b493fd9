package org.rejoin.targeting;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rejoin.casework.CaseStage;
import org.rejoin.pupil.AttendancePercent;
import org.rejoin.pupil.SenStatus;
import org.rejoin.referral.ReferralFigures.OpenReferral;
import org.rejoin.support.PlanState;

/**
 * One pupil of the pack: attendance this school year, their open case (if any) and where it is, and the
 * referrals of that case still open. The words are the pack's, the same on screen, in the CSV and the PDF.
 */
public record PackPupil(UUID pupilId, String name, String upn, int yearGroup, SenStatus sen, long sessionsPresent,
                        long sessionsPossible, UUID caseId, CaseStage stage, PlanState planState,
                        List<OpenReferral> openReferrals) {

    public double attendancePercent() {
        return AttendancePercent.of(sessionsPresent, sessionsPossible);
    }

    /** 87.5%, rounded for reading; who is in the pack was decided on whole sessions, never on this figure. */
    public String attendance() {
        return AttendancePercent.format(attendancePercent());
    }

    public boolean severelyAbsent() {
        return AttendancePercent.isSevereAbsence(sessionsPresent, sessionsPossible);
    }

    /** "No open case", the stage, or the plan's state while the pupil is on a stepped support plan. */
    public String caseState() {
        if (caseId == null) {
            return "No open case";
        }
        if (stage == CaseStage.SUPPORT_PLAN && planState != null) {
            return stage.label() + ": " + planState.label().toLowerCase(Locale.UK);
        }
        return stage.label();
    }

    public int openReferralCount() {
        return openReferrals.size();
    }

    /** "None", or each agency with where the referral is: "Early Help (accepted)". */
    public String referrals() {
        if (openReferrals.isEmpty()) {
            return "None";
        }
        return openReferrals.stream().map(r -> r.agencyType().label() + " (" + switch (r.status()) {
            case REQUESTED -> "being prepared";
            case SENT -> "waiting for an answer";
            default -> "accepted";
        } + ")").collect(Collectors.joining("; "));
    }
}
