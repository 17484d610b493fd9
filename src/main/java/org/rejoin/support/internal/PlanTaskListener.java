package org.rejoin.support.internal;

import static org.rejoin.support.SupportPlanProcess.Elements.ADAPT_STEP;
import static org.rejoin.support.SupportPlanProcess.Elements.AGREE_GOALS_AND_STEPS;
import static org.rejoin.support.SupportPlanProcess.Elements.GATHER_VIEWS;
import static org.rejoin.support.SupportPlanProcess.Elements.PART_TIME_EXPIRED;
import static org.rejoin.support.SupportPlanProcess.Elements.RECORD_PART_TIME;
import static org.rejoin.support.SupportPlanProcess.Elements.REVIEW;
import static org.rejoin.support.SupportPlanProcess.Elements.REVIEW_PART_TIME;
import static org.rejoin.support.SupportPlanProcess.Elements.SIGN_OFF_PART_TIME;

import org.rejoin.inbox.StepCompleted;
import org.rejoin.support.SupportPlanProcess;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the plan's human steps as they are completed in the inbox. The event is stored with the
 * completion and handed over again until this succeeds; each record is applied once per task.
 */
@Component
class PlanTaskListener {

    private final TaskRecords tasks;
    private final PartTimeRecords partTimes;

    PlanTaskListener(TaskRecords tasks, PartTimeRecords partTimes) {
        this.tasks = tasks;
        this.partTimes = partTimes;
    }

    @ApplicationModuleListener
    void on(StepCompleted step) {
        if (step.caseId() == null || !SupportPlanProcess.PROCESS_ID.equals(step.processId())) {
            return;
        }
        switch (step.elementId()) {
            case GATHER_VIEWS -> tasks.viewsGathered(step);
            case AGREE_GOALS_AND_STEPS -> tasks.stepsAgreed(step);
            case REVIEW -> tasks.reviewed(step);
            case ADAPT_STEP -> tasks.stepAdapted(step);
            case RECORD_PART_TIME -> partTimes.recorded(step);
            case SIGN_OFF_PART_TIME -> partTimes.signedOff(step);
            case REVIEW_PART_TIME -> partTimes.reviewed(step);
            case PART_TIME_EXPIRED -> partTimes.expiryHandled(step);
            default -> { } // overdue reviews and safeguarding responses live in the chronology only
        }
    }
}
