package org.rejoin.support.internal;

import java.util.Optional;
import org.rejoin.inbox.StepCompleted;
import org.rejoin.support.SupportPlanProcess.Answers;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A part-time timetable's steps as people complete them: recorded, signed off or refused, reviewed, expired. */
@Component
public class PartTimeRecords {

    private final PlanStore plans;
    private final PartTimeStore partTimes;

    PartTimeRecords(PlanStore plans, PartTimeStore partTimes) {
        this.plans = plans;
        this.partTimes = partTimes;
    }

    @Transactional
    public void recorded(StepCompleted step) {
        firstTime(step).ifPresent(answers -> partTimes.record(step.caseId(), step.completedBy(),
                answers.text(Answers.PART_TIME_REASON), answers.text(Answers.PART_TIME_DAY),
                answers.date(Variables.PART_TIME_START_DATE), answers.date(Variables.PART_TIME_END_DATE),
                answers.bool(Answers.PARENTAL_AGREEMENT)));
    }

    @Transactional
    public void signedOff(StepCompleted step) {
        firstTime(step).ifPresent(answers -> partTimes.signOff(step.caseId(), step.completedBy(), step.completedAt(),
                !"refuse".equals(answers.text(Variables.PART_TIME_DECISION)),
                answers.text(Answers.PART_TIME_DECISION_NOTES)));
    }

    @Transactional
    public void reviewed(StepCompleted step) {
        firstTime(step).ifPresent(answers -> partTimes.review(step.caseId(), step.completedBy(), step.completedAt(),
                answers.text(Answers.PART_TIME_REVIEW_OUTCOME), answers.text(Answers.PART_TIME_REVIEW_NOTES)));
    }

    @Transactional
    public void expiryHandled(StepCompleted step) {
        firstTime(step).ifPresent(answers -> partTimes.expired(step.caseId(),
                answers.text(Answers.PART_TIME_EXPIRED_ACTION), answers.text(Answers.PART_TIME_EXPIRED_NOTES)));
    }

    private Optional<FormAnswers> firstTime(StepCompleted step) {
        return plans.lock(step.caseId()).filter(plan -> plans.firstTime(plan.caseId(), "task:" + step.taskId()))
                .map(plan -> new FormAnswers(step.answers()));
    }
}
