package org.rejoin.attendance;

/**
 * Names shared by {@code bpmn/statutory-threshold.bpmn}, {@code bpmn/statutory-thresholds.dmn}, their forms
 * and tests: the steps the statutory attendance thresholds give a pupil's school.
 */
public final class StatutoryThresholdProcess {

    public static final String PROCESS_ID = "statutory-threshold";
    public static final String DECISION_ID = "StatutoryThresholds";
    /** Starts the process; message id and correlation key name the pupil, the threshold and its period or run. */
    public static final String MESSAGE_THRESHOLD_REACHED = "StatutoryThresholdReached";

    private StatutoryThresholdProcess() {
    }

    /** The decision's outputs, and the process's {@code threshold} variable. */
    public enum Threshold {
        /** 10 or more unauthorised sessions within 10 school weeks: item 4 (a). */
        NATIONAL_FRAMEWORK,
        /** 10 or more continuous school days of unexplained or unauthorised absence: item 4 (b). */
        TELL_LOCAL_AUTHORITY
    }

    public static final class Elements {
        public static final String START = "Start_ThresholdReached";
        /** Sets caseId and supportOffered (job {@code rejoin.ladder.threshold-case}, the ladder module's worker). */
        public static final String FIND_CASE = "Task_FindCase";
        public static final String WHICH_THRESHOLD = "Gateway_WhichThreshold";
        public static final String CONSIDER_NATIONAL_FRAMEWORK = "Task_ConsiderNationalFramework";
        public static final String TELL_LOCAL_AUTHORITY = "Task_TellLocalAuthority";
        public static final String END_NATIONAL_FRAMEWORK = "End_NationalFrameworkConsidered";
        public static final String NATIONAL_FRAMEWORK_DECISION = "Gateway_NationalFrameworkDecision";
        /** Job {@code rejoin.ladder.start-from-threshold}: the statutory ladder starts on the case. */
        public static final String START_FORMAL_SUPPORT = "Task_StartFormalSupport";
        public static final String END_FORMAL_SUPPORT_STARTED = "End_FormalSupportStarted";
        public static final String END_LOCAL_AUTHORITY = "End_LocalAuthorityTold";

        private Elements() {
        }
    }

    public static final class Forms {
        public static final String CONSIDER_NATIONAL_FRAMEWORK = "consider-national-framework";
        public static final String TELL_LOCAL_AUTHORITY = "tell-local-authority";

        private Forms() {
        }
    }

    public static final class Variables {
        public static final String THRESHOLD = "threshold";
        public static final String SCHOOL_ID = "schoolId";
        public static final String PUPIL_ID = "pupilId";
        public static final String CASE_ID = "caseId";
        public static final String UNAUTHORISED_SESSIONS = "unauthorisedSessions";
        public static final String PERIOD_START = "periodStart";
        public static final String REACHED_ON = "reachedOn";
        public static final String SUPPORT_OFFERED = "supportOffered";
        /** The national framework step's answer: FORMAL_SUPPORT, LEADER_DECISION or NOT_NOW. */
        public static final String NATIONAL_FRAMEWORK_DECISION = "nationalFrameworkDecision";

        private Variables() {
        }
    }
}
