package org.rejoin.family;

import java.time.Duration;

/**
 * Names in bpmn/family-change-request.bpmn: when a family asks for a change to the plan, the lead champion gets a
 * step to answer them, and the answer is shown on the family page. One instance per change asked for (message id
 * and correlation key: the family word's id). The family's words stay in the app; the process carries their id.
 */
public final class FamilyChangeProcess {

    public static final String PROCESS_ID = "family-change-request";
    public static final String MESSAGE_CHANGE_ASKED_FOR = "FamilyAskedForChange";
    public static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofDays(1);

    private FamilyChangeProcess() {
    }

    public static final class Elements {
        public static final String START = "Start_FamilyAskedForChange";
        public static final String RESPOND_TO_FAMILY = "Task_RespondToFamily";
        public static final String SHOW_ANSWER = "Task_ShowAnswerToFamily";
        public static final String END = "End_FamilyAnswered";

        private Elements() {
        }
    }

    public static final class JobTypes {
        public static final String SHOW_ANSWER = "rejoin.family.show-answer";

        private JobTypes() {
        }
    }

    public static final class Variables {
        public static final String CASE_ID = "caseId";
        public static final String PUPIL_ID = "pupilId";
        public static final String SCHOOL_ID = "schoolId";
        public static final String LEAD_CHAMPION = "leadChampion";
        public static final String FAMILY_WORD_ID = "familyWordId";
        public static final String ANSWER = "answerToFamily"; // the lead champion's answer, in the form

        private Variables() {
        }
    }
}
