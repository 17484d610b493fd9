package org.rejoin.support.internal;

import static org.rejoin.support.SupportPlanProcess.ReviewOutcomes.ACHIEVED;
import static org.rejoin.support.SupportPlanProcess.ReviewOutcomes.ALL_ACHIEVED;

import java.util.Optional;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.inbox.StepCompleted;
import org.rejoin.support.PlanState;
import org.rejoin.support.PlanStep;
import org.rejoin.support.SupportPlanProcess.Answers;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's stages 1-3 as people complete them: views gathered, goal and steps agreed (the first step
 * current from that day), each review and each adaptation. A step delivered twice is applied once.
 */
@Component
public class TaskRecords {

    private final PlanStore plans;
    private final StepStore steps;
    private final ReviewStore reviews;

    TaskRecords(PlanStore plans, StepStore steps, ReviewStore reviews) {
        this.plans = plans;
        this.steps = steps;
        this.reviews = reviews;
    }

    @Transactional
    public void viewsGathered(StepCompleted step) {
        firstTime(step).ifPresent(plan -> plans.moveOn(plan.caseId(), PlanState.GATHERING_VIEWS,
                PlanState.AGREEING_STEPS));
    }

    @Transactional
    public void stepsAgreed(StepCompleted step) {
        firstTime(step).ifPresent(plan -> {
            FormAnswers answers = new FormAnswers(step.answers());
            steps.insert(plan.caseId(), 0, 0, NewStep.listOf(step.answers().get(Variables.STEPS), Variables.STEPS),
                    step.completedAt().atZone(UkDates.ZONE).toLocalDate(), false);
            plans.agree(plan.caseId(), answers.text(Answers.OVERALL_GOAL), answers.text(Answers.PARENT_CONTACT),
                    answers.text(Answers.CONTACT_ARRANGEMENTS), step.completedAt().plus(plan.reviewEvery()));
        });
    }

    /**
     * A review of the current step. When it ends the step (achieved, all achieved) the worker that records
     * the end may have run first: then the step it ended is the one reviewed.
     */
    @Transactional
    public void reviewed(StepCompleted step) {
        firstTime(step).ifPresent(plan -> {
            UUID caseId = plan.caseId();
            FormAnswers answers = new FormAnswers(step.answers());
            // the process's gateway takes "achieved" by default
            String outcome = Optional.ofNullable(answers.text(Variables.REVIEW_OUTCOME)).orElse(ACHIEVED);
            boolean endsStep = ACHIEVED.equals(outcome) || ALL_ACHIEVED.equals(outcome);
            Optional<PlanStep> reviewed;
            if (endsStep && plan.endedStepUnreviewed() != null) {
                reviewed = steps.atPosition(caseId, plan.endedStepUnreviewed());
                plans.reviewMatching(caseId, null, false);
            } else {
                reviewed = steps.current(caseId);
                plans.reviewMatching(caseId, null, endsStep);
            }
            reviews.record(step.taskId(), caseId, step.completedAt(), step.completedBy(),
                    reviewed.map(PlanStep::description).orElse(null), outcome,
                    answers.text(Variables.REFERRAL_AGENCY_TYPE), answers.text(Answers.REVIEW_NOTES));
            if (!ALL_ACHIEVED.equals(outcome)) {
                plans.nextReview(caseId, step.completedAt().plus(plan.reviewEvery()));
            }
        });
    }

    /** The adapted step is reviewed reviewEvery after this. */
    @Transactional
    public void stepAdapted(StepCompleted step) {
        firstTime(step).ifPresent(plan -> plans.nextReview(plan.caseId(), step.completedAt().plus(plan.reviewEvery())));
    }

    private Optional<PlanRow> firstTime(StepCompleted step) {
        return plans.lock(step.caseId()).filter(plan -> plans.firstTime(plan.caseId(), "task:" + step.taskId()));
    }
}
