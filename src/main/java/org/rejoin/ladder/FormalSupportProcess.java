package org.rejoin.ladder;

/**
 * Names shared by {@code bpmn/formal-support.bpmn}, {@code bpmn/penalty-notice-rules.dmn}, their forms, workers
 * and tests: the statutory ladder of formal support and legal intervention for one pupil's family.
 */
public final class FormalSupportProcess {

    public static final String PROCESS_ID = "formal-support";
    public static final String DECISION_ID = "PenaltyNoticeRules";
    /** Starts the ladder; correlation key and message id are the ladder id, so one request starts one ladder. */
    public static final String MESSAGE_REQUESTED = "FormalSupportRequested";
    /** The referral process's answer to the Early Help request; correlation key is the referral id. */
    public static final String MESSAGE_REFERRAL_OUTCOME = "ReferralOutcomeReported";

    private FormalSupportProcess() {
    }

    public static final class Elements {
        public static final String START = "Start_FormalSupportRequested";
        public static final String WHERE_TO_START = "Gateway_WhereToStart";
        public static final String AGREE_CONTRACT = "Task_AgreeContract";
        public static final String INFORM_FAMILY_OF_CONTRACT = "Task_InformFamilyOfContract";
        public static final String CONTRACT_AGREED = "Gateway_ContractAgreed";
        public static final String SET_CONTRACT_REVIEW_DATE = "Task_SetContractReviewDate";
        public static final String CONTRACT_REVIEW_DUE = "Timer_ContractReviewDue";
        public static final String REVIEW_SUPPORT = "Task_ReviewSupport";
        public static final String END_SUPPORT_WORKING = "End_SupportWorking";
        public static final String REQUEST_EARLY_HELP = "Task_RequestEarlyHelp";
        public static final String EARLY_HELP_OUTCOME = "Event_EarlyHelpOutcome";
        public static final String DECIDE_LEGAL_INTERVENTION = "Task_DecideLegalIntervention";
        public static final String INFORM_FAMILY_OF_NOTICE_TO_IMPROVE = "Task_InformFamilyOfNoticeToImprove";
        public static final String IMPROVEMENT_PERIOD = "Timer_ImprovementPeriod";
        public static final String GATHER_NOTICE_HISTORY = "Task_GatherNoticeHistory";
        public static final String PENALTY_NOTICE_RULES = "Decision_PenaltyNoticeRules";
        public static final String REQUEST_PENALTY_NOTICE = "Task_RequestPenaltyNotice";
        public static final String INFORM_FAMILY_OF_PENALTY_NOTICE = "Task_InformFamilyOfPenaltyNotice";
        public static final String END_PENALTY_NOTICE_REQUESTED = "End_PenaltyNoticeRequested";
        public static final String INFORM_FAMILY_OF_LEGAL_REFERRAL = "Task_InformFamilyOfLegalReferral";
        public static final String END_REFERRED_FOR_LEGAL_ACTION = "End_ReferredForLegalAction";
        public static final String END_NO_FURTHER_ACTION = "End_NoFurtherAction";

        private Elements() {
        }
    }

    public static final class JobTypes {
        /** Header {@code rung}: records the rung and writes the family's letter from the record. */
        public static final String INFORM_FAMILY = "rejoin.ladder.inform-family";
        public static final String REQUEST_EARLY_HELP = "rejoin.ladder.request-early-help";
        public static final String NOTICE_HISTORY = "rejoin.ladder.notice-history";
        /** The end events' job (header {@code outcome}): the ladder ends on the record. */
        public static final String END = "rejoin.ladder.end";
        public static final String SCHOOL_DAY_DEADLINES = "rejoin.school-days.deadlines";
        /** In bpmn/statutory-threshold.bpmn: the pupil's open case and the support offered on it, for the step. */
        public static final String THRESHOLD_CASE = "rejoin.ladder.threshold-case";
        /** In bpmn/statutory-threshold.bpmn: formal support started from the national framework step. */
        public static final String START_FROM_THRESHOLD = "rejoin.ladder.start-from-threshold";

        private JobTypes() {
        }
    }

    public static final class Forms {
        public static final String AGREE_CONTRACT = "agree-attendance-contract";
        public static final String REVIEW_SUPPORT = "review-formal-support";
        public static final String DECIDE_LEGAL_INTERVENTION = "decide-legal-intervention";
        public static final String REQUEST_PENALTY_NOTICE = "request-penalty-notice";

        private Forms() {
        }
    }

    /** Process variables: ids, codes, dates and answers; names stay in the app's database. */
    public static final class Variables {
        public static final String LADDER_ID = "ladderId";
        public static final String CASE_ID = "caseId";
        public static final String PUPIL_ID = "pupilId";
        public static final String SCHOOL_ID = "schoolId";
        /** Options for the parent a penalty notice is for: value = contact id, label = relationship. */
        public static final String PARENTS = "parents";
        /** Where the ladder starts: {@link #START_AT_CONTRACT} (the default) or {@link #START_AT_DECISION}. */
        public static final String START_AT = "startAt";
        public static final String START_AT_CONTRACT = "CONTRACT";
        /** Straight to the leader's decision: from the national framework step, the guard rails still apply. */
        public static final String START_AT_DECISION = "DECISION";
        /** The support recorded on the case, as lines of text (the threshold step and the leader's decision show it). */
        public static final String SUPPORT_OFFERED = "supportOffered";
        // settings, set at start
        public static final String PENALTY_NOTICE_WINDOW = "penaltyNoticeWindow";
        public static final String FIRST_PENALTY_AMOUNT = "firstPenaltyAmount";
        public static final String FIRST_PENALTY_LATE_AMOUNT = "firstPenaltyLateAmount";
        public static final String SECOND_PENALTY_AMOUNT = "secondPenaltyAmount";
        // set by workers and the decision
        public static final String CONTRACT_REVIEW_DATE = "contractReviewDate";
        public static final String EARLY_HELP_REFERRAL_ID = "earlyHelpReferralId";
        public static final String EARLY_HELP_OUTCOME = "earlyHelpOutcome";
        public static final String SUPPORT_RECORDED = "supportRecorded";
        public static final String NOTICE_TO_IMPROVE_ISSUED = "noticeToImproveIssued";
        public static final String PENALTY_NOTICES_ISSUED_ON = "penaltyNoticesIssuedOn";
        /** The day the notices are counted back from (yyyy-MM-dd, the app's clock). */
        public static final String NOTICES_COUNTED_ON = "noticesCountedOn";
        public static final String PENALTY_NOTICE_CHECK = "penaltyNoticeCheck";
        public static final String PENALTY_NOTICE_REFUSAL = "penaltyNoticeRefusal";
        public static final String PENALTY_NOTICE_LEVEL = "penaltyNoticeLevel";
        public static final String PENALTY_NOTICE_AMOUNT = "penaltyNoticeAmount";
        public static final String PENALTY_NOTICE_LATE_AMOUNT = "penaltyNoticeLateAmount";

        private Variables() {
        }
    }

    /** The people's answers the flow depends on. */
    public static final class Answers {
        public static final String CONTRACT_TERMS = "contractTerms";
        public static final String CONTRACT_REVIEW_SCHOOL_DAYS = "contractReviewSchoolDays";
        public static final String CONTRACT_AGREED = "contractAgreed";       // AGREED | REFUSED
        public static final String CONTRACT_NOTES = "contractNotes";
        public static final String SUPPORT_OUTCOME = "supportOutcome";       // WORKING | EARLY_HELP | CONSIDER_LEGAL
        public static final String SUPPORT_REASON = "supportReason";
        public static final String LEGAL_DECISION = "legalDecision";         // see LegalDecision
        public static final String LEGAL_REASON = "legalReason";
        public static final String IMPROVEMENT_PERIOD = "improvementPeriod"; // P21D .. P42D
        public static final String IMPROVEMENT_SUPPORT = "improvementSupport";
        public static final String PARENT_CONTACT_ID = "parentContactId";
        public static final String NOTICE_TO_IMPROVE_SKIP_REASON = "noticeToImproveSkipReason";
        public static final String PENALTY_NOTICE_REQUESTED_ON = "penaltyNoticeRequestedOn";
        public static final String PENALTY_NOTICE_REQUEST_NOTES = "penaltyNoticeRequestNotes";

        private Answers() {
        }
    }
}
