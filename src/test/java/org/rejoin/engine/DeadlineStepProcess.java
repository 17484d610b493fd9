package org.rejoin.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;

/**
 * A two-step test process for failure handling: a real worker's step (school-day deadlines, 3 retries)
 * that reads a number of school days from the variable {@code days} and the process's {@code schoolId},
 * then a champion's step. Wrong data in {@code days} fails the worker; the database away does too.
 */
public final class DeadlineStepProcess {

    public static final String SET_DEADLINE = "Task_SetDeadline";
    public static final String AFTER_DEADLINE = "Task_AfterTheDeadline";
    public static final String JOB_TYPE = "rejoin.school-days.deadlines";

    private DeadlineStepProcess() {
    }

    public static BpmnModelInstance model(String processId) {
        return Bpmn.createExecutableProcess(processId).startEvent()
                .serviceTask(SET_DEADLINE, task -> task.zeebeJobType(JOB_TYPE).zeebeJobRetries("3")
                        .zeebeTaskHeader("deadlines", "dueDate=days"))
                .userTask(AFTER_DEADLINE, task -> task.zeebeCandidateGroups("ATTENDANCE_CHAMPION")
                        .zeebeInputExpression("dueDate", "dueDate"))
                .endEvent().done();
    }
}
