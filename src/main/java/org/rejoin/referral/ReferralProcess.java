package org.rejoin.referral;

/**
 * Names shared by {@code bpmn/multi-agency-referral.bpmn}, its workers, its forms and its tests: one
 * referral of one pupil to one outside agency. A rename is one edit here and one in the BPMN.
 */
public final class ReferralProcess {

    public static final String PROCESS_ID = "multi-agency-referral";

    /**
     * Starts a referral; correlation key and message id are the referral id, so each referral has one
     * process and a repeated request (at-least-once workers) starts nothing new.
     */
    public static final String MESSAGE_REFERRAL_REQUESTED = "ReferralRequested";
    /**
     * Published by the {@link JobTypes#REPORT_OUTCOME} worker back to whoever asked; correlation key is
     * the referral id, so two referrals for one pupil never take each other's outcome.
     */
    public static final String MESSAGE_OUTCOME_REPORTED = "ReferralOutcomeReported";
    /**
     * The school withdrew the referral (recorded in the app first); correlation key is the referral id.
     * It interrupts the referral wherever it is and reports WITHDRAWN to whoever asked.
     */
    public static final String MESSAGE_WITHDRAWN = "ReferralWithdrawn";

    private ReferralProcess() {
    }

    /** Element ids, as tests, the inbox and the diagram overlay see them. */
    public static final class Elements {
        public static final String START = "Start_ReferralRequested";
        public static final String ALREADY_DESCRIBED_GATEWAY = "Gateway_AlreadyDescribed";
        public static final String DESCRIBE = "Task_DescribeReferral";
        public static final String CONSENT_RULE_GATEWAY = "Gateway_ConsentRule";
        public static final String CONSENT_NEEDED = "Event_ConsentNeeded";
        public static final String APPROVE = "Task_ApproveReferral";
        public static final String APPROVED_GATEWAY = "Gateway_Approved";
        public static final String SEND_TO_AGENCY = "Task_SendToAgency";
        public static final String SET_ACCEPT_DEADLINES = "Task_SetAcceptDeadlines";
        public static final String ACCEPT_OR_DECLINE = "Task_AcceptOrDecline";
        public static final String ACCEPT_REMINDER_TIMER = "Timer_AcceptReminder";
        public static final String REMIND_AGENCY = "Task_RemindAgency";
        public static final String ACCEPT_DEADLINE_TIMER = "Timer_AcceptDeadline";
        public static final String ESCALATE_UNANSWERED = "Task_EscalateUnansweredReferral";
        public static final String CHASE_AGENCY = "Task_ChaseAgency";
        public static final String ACCEPTED_GATEWAY = "Gateway_Accepted";
        public static final String RECORD_DECLINE = "Task_RecordDecline";
        public static final String REPORT_DECLINED = "Task_ReportDeclined";
        public static final String REVIEW_ALTERNATIVES = "Task_ReviewAlternatives";
        public static final String END_DECLINED = "End_ReferralDeclined";
        public static final String RECORD_ACCEPTANCE = "Task_RecordAcceptance";
        public static final String ASSESSMENT = "Task_Assessment";
        public static final String RECOMMENDATIONS = "Task_Recommendations";
        public static final String JOIN_PLAN_REVIEW = "Task_JoinPlanReview";
        public static final String REPORT_OUTCOME = "Task_ReportOutcome";
        public static final String END_COMPLETED = "End_ReferralCompleted";
        public static final String WITHDRAWN_SUBPROCESS = "Sub_Withdrawn";
        public static final String WITHDRAWN_START = "Start_Withdrawn";
        public static final String DROP_WITHDRAWN_STEPS = "Task_DropWithdrawnSteps";
        public static final String REPORT_WITHDRAWN = "Task_ReportWithdrawn";
        public static final String END_WITHDRAWN = "End_ReferralWithdrawn";

        private Elements() {
        }
    }

    /** Job types of the service tasks; one worker class each. */
    public static final class JobTypes {
        /** Generic (pupil feature): header {@code deadlines} = "variable=days, ...". */
        public static final String SCHOOL_DAY_DEADLINES = "rejoin.school-days.deadlines";
        public static final String SEND_TO_AGENCY = "rejoin.referral.send-to-agency";
        public static final String REMIND_AGENCY = "rejoin.referral.remind-agency";
        public static final String ESCALATE_UNANSWERED = "rejoin.referral.escalate-unanswered";
        public static final String RECORD_DECLINE = "rejoin.referral.record-decline";
        public static final String RECORD_ACCEPTANCE = "rejoin.referral.record-acceptance";
        /** The inbox's: takes the steps the withdrawal closed out of the inboxes at once. */
        public static final String DROP_CLOSED_STEPS = "rejoin.inbox.drop-closed-steps";
        /** Used three times: declined, completed and withdrawn (referralOutcome says which). */
        public static final String REPORT_OUTCOME = "rejoin.referral.report-outcome";

        private JobTypes() {
        }
    }

    /** Process variables. Ids, codes and answers only: names stay in the app's database. */
    public static final class Variables {
        public static final String REFERRAL_ID = "referralId";
        public static final String CASE_ID = "caseId";
        public static final String PUPIL_ID = "pupilId";
        public static final String SCHOOL_ID = "schoolId";
        public static final String LEAD_CHAMPION = "leadChampion";           // username
        public static final String AGENCY_TYPE = "agencyType";               // AgencyType name
        public static final String ORIGIN = "origin";                        // PLAN | JOURNEY | BY_HAND
        public static final String AGENCY_ID = "agencyId";                   // set by send-to-agency
        // settings, set at start (school days)
        public static final String REMINDER_DAYS = "referralReminderSchoolDays";
        public static final String ACCEPT_DAYS = "referralAcceptSchoolDays";
        // deadlines computed in school days (ISO-8601 date-times with offset)
        public static final String ACCEPT_REMINDER_DATE = "acceptReminderDate";
        public static final String ACCEPT_DEADLINE = "acceptDeadline";
        // answers the flow depends on
        public static final String DESCRIBED = "referralDescribed";          // true when the starter described it
        public static final String REASON = "referralReason";
        public static final String TRIED_SO_FAR = "triedSoFar";
        public static final String PARENTAL_CONSENT = "parentalConsent";     // boolean
        public static final String SAFEGUARDING_REASON = "safeguardingReason";
        public static final String RETURN_REASON = "returnReason";           // why it came back to the champion
        public static final String APPROVAL = "referralApproval";            // "approve" | "return"
        public static final String AGENCY_DECISION = "agencyDecision";       // "accept" | "decline"
        public static final String DECLINE_REASON = "declineReason";
        public static final String RECOMMENDATIONS = "agencyRecommendations";
        public static final String OUTCOME = "referralOutcome";              // DECLINED | COMPLETED | WITHDRAWN

        private Variables() {
        }
    }

    /** Values of {@link Variables#OUTCOME}. */
    public static final class Outcomes {
        public static final String DECLINED = "DECLINED";
        public static final String COMPLETED = "COMPLETED";
        public static final String WITHDRAWN = "WITHDRAWN";

        private Outcomes() {
        }
    }
}
