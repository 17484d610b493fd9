package org.rejoin.support;

/**
 * Names shared by {@code bpmn/stepped-support-plan.bpmn}, its workers, its forms and its tests: the
 * stepped support plan that brings a pupil back one graded step at a time. A rename is one edit here
 * and one in the BPMN.
 */
public final class SupportPlanProcess {

    public static final String PROCESS_ID = "stepped-support-plan";

    /** Starts the plan; correlation key and message id are the case id, so one case has one plan. */
    public static final String MESSAGE_SUPPORT_PLAN_REQUESTED = "SupportPlanRequested";
    /**
     * Opens the non-interrupting safeguarding event sub-process; correlation key is the case id. Not the
     * journey's message name: Zeebe correlates a buffered message once per process, so a concern the
     * journey took could otherwise reach a plan that starts within its time to live, a second time.
     */
    public static final String MESSAGE_SAFEGUARDING_CONCERN = "SafeguardingConcernDuringPlan";
    /** Opens the non-interrupting part-time timetable event sub-process; correlation key is the case id. */
    public static final String MESSAGE_PART_TIME_PROPOSED = "PartTimeTimetableProposed";
    /**
     * Withdraws one proposal before it is signed off; correlation key is the proposal's id (sent with the
     * proposal as {@link Variables#PART_TIME_PROPOSAL_ID}), so it can never withdraw a later proposal.
     */
    public static final String MESSAGE_PART_TIME_WITHDRAWN = "PartTimeProposalWithdrawn";
    /**
     * The family's view before a review (published by the family module when a parent, carer or the pupil gives
     * it); correlation key is the case id, message id the family word's id. Caught only while a review waits for it.
     */
    public static final String MESSAGE_FAMILY_VIEW_GIVEN = "FamilyViewGiven";
    /**
     * How long a family's view waits for the review: longer than the usual time between reviews (P14D) plus the
     * wait, so a view given before the review falls due is there when it does.
     */
    public static final java.time.Duration FAMILY_VIEW_TIME_TO_LIVE = java.time.Duration.ofDays(21);
    /** A referral's outcome; correlation key is the referral id (one subscription per referral the plan raised). */
    public static final String MESSAGE_REFERRAL_OUTCOME = "ReferralOutcomeReported";

    private SupportPlanProcess() {
    }

    /** Element ids, as tests, the inbox and the diagram overlay see them. */
    public static final class Elements {
        public static final String START = "Start_SupportPlanRequested";
        public static final String GATHER_VIEWS = "Task_GatherViews";
        public static final String AGREE_GOALS_AND_STEPS = "Task_AgreeGoalsAndSteps";
        public static final String STEPS_AGREED = "Event_StepsAgreed";
        public static final String REVIEW_DUE_TIMER = "Timer_ReviewDue";
        public static final String CHECK_FAMILY_INVITED = "Task_CheckFamilyInvited";
        public static final String SET_FAMILY_VIEW_DATE = "Task_SetFamilyViewDate";
        public static final String WAIT_FOR_FAMILY_VIEW = "Gateway_WaitForFamilyView";
        public static final String FAMILY_VIEW_GIVEN = "Event_FamilyViewGiven";
        public static final String FAMILY_VIEW_DUE_TIMER = "Timer_FamilyViewDue";
        public static final String FAMILY_VIEW_NOT_RECEIVED = "Event_FamilyViewNotReceived";
        public static final String SET_REVIEW_DEADLINE = "Task_SetReviewDeadline";
        public static final String REVIEW = "Task_Review";
        public static final String REVIEW_OVERDUE_TIMER = "Timer_ReviewOverdue";
        public static final String REVIEW_OVERDUE = "Task_ReviewOverdue";
        public static final String REVIEW_OUTCOME_GATEWAY = "Gateway_ReviewOutcome";
        public static final String RECORD_STEP_ACHIEVED = "Task_RecordStepAchieved";
        public static final String MORE_STEPS_GATEWAY = "Gateway_MoreSteps";
        public static final String ADAPT_STEP = "Task_AdaptStep";
        public static final String RECORD_STEP_ADAPTED = "Task_RecordStepAdapted";
        public static final String FOLLOW_REFERRAL = "Sub_FollowReferral";
        public static final String REQUEST_REFERRAL = "Task_RequestReferral";
        public static final String REFERRAL_OUTCOME = "Event_ReferralOutcome";
        public static final String RECORD_REFERRAL_OUTCOME = "Task_RecordReferralOutcome";
        public static final String CLOSE_PLAN = "Task_ClosePlan";
        public static final String FOLLOW_UP_TIMER = "Timer_FollowUp";
        public static final String CHECK_ATTENDANCE_AFTER_PLAN = "Task_CheckAttendanceAfterPlan";
        public static final String RELAPSE = "Event_Relapse";
        public static final String CLOSE_CASE = "Task_CloseCase";
        public static final String END_CASE_CLOSED = "End_CaseClosed";
        public static final String SAFEGUARDING = "Sub_Safeguarding";
        public static final String RESPOND_TO_SAFEGUARDING = "Task_RespondToSafeguardingConcern";
        public static final String PART_TIME_TIMETABLE = "Sub_PartTimeTimetable";
        public static final String RECORD_PART_TIME = "Task_RecordPartTimeTimetable";
        public static final String SIGN_OFF_PART_TIME = "Task_SignOffPartTimeTimetable";
        public static final String END_PART_TIME_REFUSED = "End_PartTimeRefused";
        public static final String SET_PART_TIME_REVIEW_DATE = "Task_SetPartTimeReviewDate";
        public static final String PART_TIME_REVIEW_DUE_TIMER = "Timer_PartTimeReviewDue";
        public static final String REVIEW_PART_TIME = "Task_ReviewPartTimeTimetable";
        public static final String PART_TIME_EXPIRED_TIMER = "Timer_PartTimeExpired";
        public static final String PART_TIME_EXPIRED = "Task_PartTimeExpired";
        public static final String PART_TIME_WITHDRAWN_WHILE_RECORDED = "Event_PartTimeWithdrawnWhileRecorded";
        public static final String PART_TIME_WITHDRAWN_WHILE_SIGNED_OFF = "Event_PartTimeWithdrawnWhileSignedOff";
        public static final String DROP_WITHDRAWN_PART_TIME_STEPS = "Task_DropWithdrawnPartTimeSteps";
        public static final String END_PART_TIME_WITHDRAWN = "End_PartTimeWithdrawn";

        private Elements() {
        }
    }

    /** Job types of the service tasks; one worker class each. */
    public static final class JobTypes {
        /**
         * Generic (pupil feature). This plan uses "reviewOverdueDate=5" and also
         * "partTimeReviewDate=3 before partTimeEndDate": 3 school days before a yyyy-MM-dd date variable.
         */
        public static final String SCHOOL_DAY_DEADLINES = "rejoin.school-days.deadlines";
        /** The family module's: sets familyInvited (someone still has access to the family page). */
        public static final String FAMILY_INVITED = "rejoin.family.invited";
        public static final String STEP_ACHIEVED = "rejoin.plan.step-achieved";
        public static final String STEP_ADAPTED = "rejoin.plan.step-adapted";
        public static final String REQUEST_REFERRAL = "rejoin.plan.request-referral";
        public static final String RECORD_REFERRAL_OUTCOME = "rejoin.plan.record-referral-outcome";
        public static final String CLOSE_PLAN = "rejoin.plan.close-plan";
        public static final String FOLLOW_UP_CHECK = "rejoin.plan.follow-up-check";
        public static final String CLOSE_CASE = "rejoin.plan.close-case";
        /** The inbox's: takes the steps a withdrawal closed out of the inboxes at once. */
        public static final String DROP_CLOSED_STEPS = "rejoin.inbox.drop-closed-steps";

        private JobTypes() {
        }
    }

    /** Process variables. Ids, codes and answers only: names stay in the app's database. */
    public static final class Variables {
        public static final String CASE_ID = "caseId";
        public static final String PUPIL_ID = "pupilId";
        public static final String SCHOOL_ID = "schoolId";
        public static final String KEY_ADULT = "keyAdult";                   // username
        public static final String LEAD_CHAMPION = "leadChampion";           // username
        public static final String REVIEW_EVERY = "reviewEvery";             // ISO-8601 duration, default P14D
        public static final String STEPS = "steps";                          // [{description, adjustments, otherAdjustment}]
        public static final String STEP_INDEX = "stepIndex";                 // 0-based position of the current step
        public static final String CURRENT_STEP = "currentStep";             // task-local: steps[stepIndex]
        public static final String REVIEW_OVERDUE_DATE = "reviewOverdueDate";
        public static final String FAMILY_INVITED = "familyInvited";           // boolean, before each review
        public static final String FAMILY_VIEW_DUE_DATE = "familyViewDueDate"; // 3 school days after the review fell due
        public static final String FAMILY_VIEW_RECEIVED = "familyViewReceived"; // true | false (not received) | null (not invited)
        public static final String REVIEW_OUTCOME = "reviewOutcome";         // achieved | stalled | stalledAgain | allAchieved
        public static final String NEW_STEPS = "newSteps";                   // adapt-step: replaces the current step
        public static final String REFERRAL_AGENCY_TYPE = "referralAgencyType";
        public static final String REFERRAL_ID = "referralId";               // local to Sub_FollowReferral
        public static final String REFERRAL_OUTCOME = "referralOutcome";     // local to Sub_FollowReferral
        public static final String AGENCY_RECOMMENDATIONS = "agencyRecommendations";
        public static final String SUSTAINED = "sustained";                  // boolean, from the follow-up check
        public static final String PART_TIME_PROPOSAL_ID = "partTimeProposalId"; // sent with the proposal
        public static final String PART_TIME_START_DATE = "partTimeStartDate"; // yyyy-MM-dd
        public static final String PART_TIME_END_DATE = "partTimeEndDate";     // yyyy-MM-dd, at most 42 days on
        public static final String PART_TIME_DECISION = "partTimeDecision";    // approve | refuse
        public static final String PART_TIME_REVIEW_DATE = "partTimeReviewDate";
        public static final String SAFEGUARDING_LEADS = "safeguardingLeads";   // usernames

        private Variables() {
        }
    }

    /** Answers of the plan's forms that the app records (besides those in {@link Variables}). */
    public static final class Answers {
        public static final String OVERALL_GOAL = "overallGoal";
        public static final String PARENT_CONTACT = "parentContact";             // MOTHER | FATHER | CARER | OTHER_FAMILY
        public static final String CONTACT_ARRANGEMENTS = "contactArrangements";
        public static final String REVIEW_NOTES = "reviewNotes";
        public static final String ADAPTATION = "adaptation";                   // adapt | split
        public static final String ADAPTATION_REASON = "adaptationReason";
        public static final String PART_TIME_REASON = "partTimeReason";
        public static final String PART_TIME_DAY = "partTimeDay";
        public static final String PARENTAL_AGREEMENT = "parentalAgreement";
        public static final String PART_TIME_DECISION_NOTES = "partTimeDecisionNotes";
        public static final String PART_TIME_REVIEW_OUTCOME = "partTimeReviewOutcome"; // FULL_DAYS | NEW_PROPOSAL
        public static final String PART_TIME_REVIEW_NOTES = "partTimeReviewNotes";
        public static final String PART_TIME_EXPIRED_ACTION = "partTimeExpiredAction"; // FULL_DAYS | REVIEW_NOW
        public static final String PART_TIME_EXPIRED_NOTES = "partTimeExpiredNotes";
        /** The journey's answers the plan's first form shows (plan-information). */
        public static final java.util.List<String> FROM_JOURNEY = java.util.List.of("pupilWorries", "whatHelps",
                "barriers", "barrierDetails", "parentsView", "agreedAdjustments");

        private Answers() {
        }
    }

    /** Values of {@link Variables#REVIEW_OUTCOME}. */
    public static final class ReviewOutcomes {
        public static final String ACHIEVED = "achieved";
        public static final String STALLED = "stalled";
        public static final String STALLED_AGAIN = "stalledAgain";
        public static final String ALL_ACHIEVED = "allAchieved";

        private ReviewOutcomes() {
        }
    }
}
