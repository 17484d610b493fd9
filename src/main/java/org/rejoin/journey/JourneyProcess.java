package org.rejoin.journey;

/**
 * Names shared by {@code bpmn/barrier-understanding.bpmn}, its workers, its forms and its tests:
 * the eight steps of understanding a pupil's barriers to attendance. A rename is one edit here
 * and one in the BPMN.
 */
public final class JourneyProcess {

    public static final String PROCESS_ID = "barrier-understanding";

    /** Starts the journey; correlation key and message id are the case id, so one case has one journey. */
    public static final String MESSAGE_CONCERN_RAISED = "ConcernRaised";
    /** Opens the non-interrupting safeguarding event sub-process; correlation key is the case id. */
    public static final String MESSAGE_SAFEGUARDING_CONCERN = "SafeguardingConcernRaised";

    private JourneyProcess() {
    }

    /** Element ids, as tests, the inbox and the diagram overlay see them. */
    public static final class Elements {
        public static final String START = "Start_ConcernRaised";
        public static final String SET_JOURNEY_DEADLINE = "Task_SetJourneyDeadline";
        public static final String LOAD_SCHOOL_STAFF = "Task_LoadSchoolStaff";
        public static final String ACT_ON_DROP = "Task_ActOnDrop";
        public static final String CONCERN_CONFIRMED_GATEWAY = "Gateway_ConcernConfirmed";
        public static final String CLOSE_UNCONFIRMED = "Task_CloseUnconfirmedConcern";
        public static final String END_NOT_CONFIRMED = "End_ConcernNotConfirmed";
        public static final String UNDERSTAND_BARRIERS = "Sub_UnderstandBarriers";
        public static final String GATHER_EVIDENCE = "Task_GatherEvidence";
        public static final String ASSEMBLE_TEAM = "Task_AssembleTeam";
        public static final String RECORD_TEAM = "Task_RecordTeam";
        public static final String SET_COLLEAGUE_DEADLINES = "Task_SetColleagueDeadlines";
        public static final String GATHER_PUPIL_INFORMATION = "Task_GatherPupilInformation";
        public static final String ASK_COLLEAGUES = "Sub_AskColleagues";
        public static final String COLLEAGUE_INFORMATION = "Task_ColleagueInformation";
        public static final String COLLEAGUE_REMINDER_TIMER = "Timer_ColleagueReminder";
        public static final String REMIND_COLLEAGUE = "Task_RemindColleague";
        public static final String COLLEAGUE_CUT_OFF_TIMER = "Timer_ColleagueCutOff";
        public static final String RECORD_NO_ANSWER = "Task_RecordColleagueNoAnswer";
        public static final String INVITE_PARENTS = "Task_InviteParents";
        public static final String SET_PARENT_DEADLINE = "Task_SetParentResponseDeadline";
        public static final String PARENT_RESPONSE = "Task_RecordParentResponse";
        public static final String NO_PARENT_RESPONSE_TIMER = "Timer_NoParentResponse";
        public static final String SECOND_INVITATION = "Task_SecondInvitation";
        public static final String SET_SECOND_PARENT_DEADLINE = "Task_SetSecondResponseDeadline";
        public static final String SECOND_PARENT_RESPONSE = "Task_RecordSecondParentResponse";
        public static final String NO_PARENT_ENGAGEMENT_TIMER = "Timer_NoParentEngagement";
        /** Records the escalation and refers the pupil to the Attendance Improvement Officer. */
        public static final String PARENTS_NOT_ENGAGING = "Task_RecordParentsNotEngaging";
        public static final String SCHEDULE_PARENT_MEETING = "Task_ScheduleParentMeeting";
        public static final String WAIT_FOR_MEETING = "Timer_WaitForParentMeeting";
        public static final String PARENT_MEETING = "Task_RecordParentMeeting";
        public static final String HEAR_FROM_PUPIL = "Task_HearFromPupil";
        public static final String JOURNEY_TIME_LIMIT_TIMER = "Timer_JourneyTimeLimit";
        public static final String RECORD_TIME_LIMIT = "Task_RecordTimeLimitReached";
        public static final String JOURNEY_OVERDUE = "Task_JourneyOverdue";
        public static final String CREATE_PLAN = "Task_CreatePlan";
        public static final String PLAN_AGREED = "Task_RecordPlanAgreed";
        public static final String END_PLAN_CREATED = "End_PlanCreated";
        public static final String SAFEGUARDING = "Sub_Safeguarding";
        public static final String SAFEGUARDING_START = "Start_SafeguardingConcern";
        public static final String RESPOND_TO_SAFEGUARDING = "Task_RespondToSafeguardingConcern";

        private Elements() {
        }
    }

    /** Job types of the service tasks; one worker class each. */
    public static final class JobTypes {
        /** Generic: task header {@code deadlines} = "variable=days, ..." (days: a number or a variable name). */
        public static final String SCHOOL_DAY_DEADLINES = "rejoin.school-days.deadlines";
        public static final String LOAD_SCHOOL_STAFF = "rejoin.journey.load-school-staff";
        public static final String CLOSE_UNCONFIRMED = "rejoin.journey.close-unconfirmed-concern";
        public static final String RECORD_TEAM = "rejoin.journey.record-team";
        public static final String REMIND_COLLEAGUE = "rejoin.journey.remind-colleague";
        public static final String RECORD_NO_ANSWER = "rejoin.journey.colleague-not-answered";
        public static final String SCHEDULE_PARENT_MEETING = "rejoin.journey.schedule-parent-meeting";
        public static final String PARENTS_NOT_ENGAGING = "rejoin.journey.parents-not-engaging";
        public static final String RECORD_TIME_LIMIT = "rejoin.journey.time-limit-reached";
        public static final String PLAN_AGREED = "rejoin.journey.plan-agreed";

        private JobTypes() {
        }
    }

    /** Process variables. Ids only: names and personal details stay in the app's database. */
    public static final class Variables {
        public static final String CASE_ID = "caseId";
        public static final String PUPIL_ID = "pupilId";
        public static final String SCHOOL_ID = "schoolId";
        public static final String PRIORITY = "priority";
        public static final String CONCERN_REASON = "concernReason";
        // settings, set at start from rejoin.journey.* (school days)
        public static final String TIME_LIMIT_DAYS = "journeyTimeLimitSchoolDays";
        public static final String COLLEAGUE_REMINDER_DAYS = "colleagueReminderSchoolDays";
        public static final String COLLEAGUE_CUT_OFF_DAYS = "colleagueCutOffSchoolDays";
        public static final String PARENT_RESPONSE_DAYS = "parentResponseSchoolDays";
        // deadlines computed in school days (ISO-8601 date-times with offset)
        public static final String JOURNEY_DEADLINE = "journeyDeadline";
        public static final String COLLEAGUE_REMINDER_DATE = "colleagueReminderDate";
        public static final String COLLEAGUE_CUT_OFF_DATE = "colleagueCutOffDate";
        public static final String PARENT_RESPONSE_DATE = "parentResponseDate";
        public static final String SECOND_PARENT_RESPONSE_DATE = "secondParentResponseDate";
        public static final String MEETING_STARTS = "meetingStarts";
        // choices offered by forms: [{label, value}]
        public static final String CHAMPION_OPTIONS = "championOptions";
        public static final String STAFF_OPTIONS = "staffOptions";
        // answers the flow depends on
        public static final String CONCERN_CONFIRMED = "concernConfirmed";   // "yes" | "no"
        public static final String LEAD_CHAMPION = "leadChampion";           // username
        public static final String KEY_ADULT = "keyAdult";                   // username
        public static final String COLLEAGUES = "colleagues";                // usernames
        public static final String COLLEAGUE = "colleague";                  // multi-instance element
        public static final String PARENT_RESPONSE = "parentResponse";       // "agreed" | "declined"
        public static final String MEETING_DATE = "meetingDate";             // yyyy-MM-dd
        public static final String MEETING_TIME = "meetingTime";             // HH:mm
        public static final String SAFEGUARDING_LEADS = "safeguardingLeads"; // usernames

        private Variables() {
        }
    }
}
