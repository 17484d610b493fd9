package org.rejoin.support;

/** Where a stepped support plan is, in the words the case page uses. */
public enum PlanState {
    GATHERING_VIEWS("Gathering everyone's views"),
    AGREEING_STEPS("Agreeing the goal and the steps"),
    WORKING_ON_STEPS("Working through the steps"),
    CLOSED_FOLLOWING_UP("Closed: every step achieved, attendance checked again six weeks on"),
    SUSTAINED("Attendance held after the plan: the case is closed");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** While the plan runs, people can still change it (propose a part-time timetable, for instance). */
    public boolean isRunning() {
        return this == GATHERING_VIEWS || this == AGREEING_STEPS || this == WORKING_ON_STEPS;
    }
}
