package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.support.SupportPlanProcess.Elements.AGREE_GOALS_AND_STEPS;
import static org.rejoin.support.SupportPlanProcess.Elements.GATHER_VIEWS;
import static org.rejoin.support.SupportPlanProcess.Elements.REVIEW;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.support.SupportPlanProcess.JobTypes;

/** One plan's steps as the champion, the key adult and the workers take them. */
final class PlanSteps {

    static final String LEAD = "champion@school.example";
    static final String KEY_ADULT = "key.adult@school.example";
    static final Duration REVIEW_EVERY = Duration.ofDays(14);
    static final Duration A_MINUTE = Duration.ofMinutes(1);

    private final ProcessDriver driver;
    final String caseId = UUID.randomUUID().toString();
    long instanceKey;
    /** When the plan last started waiting for its next review. */
    Instant waitingSince;

    PlanSteps(ProcessDriver driver) {
        this.driver = driver;
    }

    void start() {
        driver.publish(SupportPlanProcess.MESSAGE_SUPPORT_PLAN_REQUESTED, caseId, caseId, Map.of("caseId", caseId,
                "pupilId", UUID.randomUUID().toString(), "schoolId", UUID.randomUUID().toString(),
                "keyAdult", KEY_ADULT, "leadChampion", LEAD, "reviewEvery", "P14D",
                "pupilWorries", "The noise in the canteen", "whatHelps", "Coming in before the crowds",
                "barriers", List.of("ANXIETY", "SENSORY")));
        instanceKey = driver.instances(SupportPlanProcess.PROCESS_ID).getLast();
    }

    static Map<String, Object> step(String description, String... adjustments) {
        return Map.of("description", description, "adjustments", List.of(adjustments));
    }

    /** Stages 1 and 2: views gathered, goal and steps agreed; the first review is awaited. */
    void agree(List<Map<String, Object>> steps) {
        start();
        assertThat(driver.step(GATHER_VIEWS).assignee()).isEqualTo(LEAD);
        driver.complete(GATHER_VIEWS, "plan-information", Map.of("pupilVoice", "I want to be in for art first",
                "parentsViewNow", "Mum thinks mornings are the hardest", "professionalsViews", "School nurse: sleep is poor"));
        driver.complete(AGREE_GOALS_AND_STEPS, "agree-steps", Map.of("overallGoal", "Full days by Easter",
                "steps", steps, "parentContact", "MOTHER", "contactArrangements", "A call every Friday"));
        waitingSince = driver.now();
    }

    /** The review falls due (checked a minute before and after) and its overdue date is set: the review is open. */
    void reviewFallsDue() {
        Instant due = waitingSince.plus(REVIEW_EVERY);
        driver.travelTo(due.minus(A_MINUTE));
        assertThat(driver.hasJob(JobTypes.FAMILY_INVITED)).as("a minute before the review is due").isFalse();
        driver.travel(A_MINUTE.multipliedBy(2));
        driver.work(JobTypes.FAMILY_INVITED, Map.of("familyInvited", false));
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);
        assertThat(driver.step(instanceKey, REVIEW).assignee()).isEqualTo(KEY_ADULT);
    }

    /** The description of the step the open review is about. */
    @SuppressWarnings("unchecked")
    String currentStep() {
        var review = driver.step(instanceKey, REVIEW);
        Object step = driver.scopeVariables(review.elementInstanceKey()).get("currentStep");
        return step == null ? null : (String) ((Map<String, Object>) step).get("description");
    }

    void review(String outcome) {
        review(Map.of("reviewOutcome", outcome));
    }

    void review(Map<String, Object> answers) {
        Map<String, Object> all = new HashMap<>(Map.of("reviewNotes", "Talked it through in the library"));
        all.putAll(answers);
        driver.complete(driver.step(instanceKey, REVIEW), "plan-review", all);
        waitingSince = driver.now();
    }

    /** The step-achieved worker: exactly one step on. */
    void recordStepAchieved() {
        driver.work(JobTypes.STEP_ACHIEVED, job -> Map.of("stepIndex", index(job) + 1));
        waitingSince = driver.now();
    }

    /** The step-adapted worker: the current step replaced by the new ones. */
    @SuppressWarnings("unchecked")
    void recordStepAdapted() {
        driver.work(JobTypes.STEP_ADAPTED, job -> {
            List<Object> steps = new ArrayList<>((List<Object>) job.getVariablesAsMap().get("steps"));
            int index = index(job);
            steps.remove(index);
            steps.addAll(index, (List<Object>) job.getVariablesAsMap().get("newSteps"));
            return Map.of("steps", steps);
        });
        waitingSince = driver.now();
    }

    int stepIndex() {
        return ((Number) driver.variables(instanceKey).get("stepIndex")).intValue();
    }

    private static int index(ActivatedJob job) {
        return ((Number) job.getVariablesAsMap().get("stepIndex")).intValue();
    }
}
