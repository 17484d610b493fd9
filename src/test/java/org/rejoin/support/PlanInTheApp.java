package org.rejoin.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.security.UserAccount;

/** Takes a plan's human steps through the inbox of the whole app, as people would, and waits for what follows. */
final class PlanInTheApp {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final InboxService inbox;
    private final SupportPlanService plans;
    private final UserAccount champion;
    final UUID caseId;

    PlanInTheApp(InboxService inbox, SupportPlanService plans, UserAccount champion, UUID caseId) {
        this.inbox = inbox;
        this.plans = plans;
        this.champion = champion;
        this.caseId = caseId;
    }

    static Map<String, Object> step(String description, String... adjustments) {
        return Map.of("description", description, "adjustments", List.of(adjustments));
    }

    InboxTask awaitStep(UserAccount user, String elementId) {
        return await().atMost(WAIT).until(() -> inbox.openStepsOfCase(user, caseId).stream()
                .filter(t -> t.elementId().equals(elementId)).findFirst(), Optional::isPresent).orElseThrow();
    }

    InboxTask complete(String elementId, Map<String, Object> answers) {
        return complete(champion, elementId, answers);
    }

    InboxTask complete(UserAccount user, String elementId, Map<String, Object> answers) {
        InboxTask task = awaitStep(user, elementId);
        inbox.complete(user, task.id(), answers);
        return task;
    }

    /** Stages 1 and 2 through the inbox: views gathered, the goal and these steps agreed. */
    void agree(List<Map<String, Object>> steps) {
        complete(SupportPlanProcess.Elements.GATHER_VIEWS, Map.of("pupilVoice", "I want to be in for art first",
                "parentsViewNow", "Mornings are the hardest"));
        complete(SupportPlanProcess.Elements.AGREE_GOALS_AND_STEPS, Map.of("overallGoal", "Full days by Easter",
                "steps", steps, "parentContact", "MOTHER", "contactArrangements", "A call every Friday"));
        awaitPlan(p -> p.state() == PlanState.WORKING_ON_STEPS && !p.steps().isEmpty());
    }

    InboxTask review(Map<String, Object> answers) {
        return complete(SupportPlanProcess.Elements.REVIEW, answers);
    }

    SupportPlan awaitPlan(Predicate<SupportPlan> condition) {
        return await().atMost(WAIT).until(() -> plans.plan(champion, caseId).orElse(null),
                p -> p != null && condition.test(p));
    }

    static List<StepState> states(SupportPlan plan) {
        return plan.steps().stream().map(PlanStep::state).toList();
    }
}
