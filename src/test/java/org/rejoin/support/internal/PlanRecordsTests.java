package org.rejoin.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.support.StepState.ACHIEVED;
import static org.rejoin.support.StepState.CURRENT;
import static org.rejoin.support.StepState.PLANNED;
import static org.rejoin.support.SupportPlanProcess.Elements.REVIEW;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.inbox.StepCompleted;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;
import org.rejoin.support.SupportPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The plan's records on PostgreSQL when the engine or the event registry hands something over twice, and
 * when a review's record and the worker that ends its step arrive in either order.
 */
@org.rejoin.RejoinTest
class PlanRecordsTests {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    Chronology chronology;
    @Autowired
    PlanStore plans;
    @Autowired
    StepStore steps;
    @Autowired
    TaskRecords tasks;
    @Autowired
    StepAchievedWorker stepAchieved;
    @Autowired
    StepAdaptedWorker stepAdapted;
    @Autowired
    SupportPlanService service;

    UserAccount champion;
    UUID caseId;
    Instant agreedAt = Instant.now().minus(15, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void anAgreedPlan() {
        SchoolInfo school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UUID pupil = data.pupil(school, "Records");
        caseId = cases.openByHand(champion, pupil, "Mornings missed");
        PlanFixture.agreed(plans, tasks, caseId, school.id(), pupil, champion.username(), agreedAt);
    }

    @Test
    void aStepAchievedJobDeliveredTwiceMovesOnOneStepAndCelebratesOnce() {
        ActivatedJob job = PlanFixture.job(Map.of("caseId", caseId.toString(), "stepIndex", 0));

        assertThat(stepAchieved.record(job)).containsEntry("stepIndex", 1);
        assertThat(stepAchieved.record(job)).containsEntry("stepIndex", 1);

        assertThat(steps.steps(caseId)).extracting(PlanStep::state).containsExactly(ACHIEVED, CURRENT, PLANNED);
        assertThat(plans.find(caseId).orElseThrow().currentStep()).isEqualTo(1);
        assertThat(chronology.entries(champion, caseId, Set.of(EntryKind.CASE), PageRequest.of(0, 20)).getContent())
                .extracting(ChronologyEntry::title)
                .containsOnlyOnce("Step achieved: In for period 1 on Monday and Tuesday — celebrate it");
    }

    @Test
    void aReviewHandedOverTwiceIsRecordedOnceAndSetsTheNextReviewFromWhenItWasDone() {
        Instant reviewedAt = agreedAt.plus(14, ChronoUnit.DAYS);
        StepCompleted review = PlanFixture.step(caseId, REVIEW, champion.username(), reviewedAt,
                Map.of("reviewOutcome", "stalled", "reviewNotes", "Tuesday was hard"));

        tasks.reviewed(review);
        tasks.reviewed(review);

        assertThat(service.reviews(champion, caseId, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        assertThat(plans.find(caseId).orElseThrow().nextReviewDue()).isEqualTo(reviewedAt.plus(14, ChronoUnit.DAYS));
    }

    @Test
    void aStepSplitByAJobDeliveredTwiceIsReplacedOnceAndTheFirstSmallerStepIsCurrent() {
        var newSteps = java.util.List.of(Map.of("description", "In for period 1 on Monday"),
                Map.of("description", "In for period 1 on Monday and Tuesday, quiet room first"));
        ActivatedJob job = PlanFixture.job(Map.of("caseId", caseId.toString(), "steps", PlanFixture.THREE_STEPS,
                "stepIndex", 0, "adaptation", "split", "newSteps", newSteps, "adaptationReason", "Two days at once"));

        Map<String, Object> once = stepAdapted.record(job);
        Map<String, Object> twice = stepAdapted.record(job);

        assertThat(twice).isEqualTo(once);
        assertThat((java.util.List<?>) once.get("steps")).hasSize(4).first().isEqualTo(newSteps.getFirst());
        assertThat(steps.steps(caseId)).extracting(PlanStep::description, PlanStep::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("In for period 1 on Monday and Tuesday", StepState.REPLACED),
                org.assertj.core.groups.Tuple.tuple("In for period 1 on Monday", CURRENT),
                org.assertj.core.groups.Tuple.tuple("In for period 1 on Monday and Tuesday, quiet room first", PLANNED),
                org.assertj.core.groups.Tuple.tuple("Mornings every day", PLANNED),
                org.assertj.core.groups.Tuple.tuple("Full days", PLANNED));
        stepAchieved.record(PlanFixture.job(Map.of("caseId", caseId.toString(), "stepIndex", 0)));
        assertThat(steps.steps(caseId)).extracting(PlanStep::state)
                .containsExactly(StepState.REPLACED, ACHIEVED, CURRENT, PLANNED, PLANNED);
    }

    @Test
    void theAchievedStepIsTheOneReviewedWhetherTheWorkerOrTheReviewRecordComesFirst() {
        ActivatedJob first = PlanFixture.job(Map.of("caseId", caseId.toString(), "stepIndex", 0));
        stepAchieved.record(first); // the worker before the review's record
        tasks.reviewed(PlanFixture.step(caseId, REVIEW, champion.username(), agreedAt.plusSeconds(60),
                Map.of("reviewOutcome", "achieved", "reviewNotes", "Both days")));

        tasks.reviewed(PlanFixture.step(caseId, REVIEW, champion.username(), agreedAt.plusSeconds(120),
                Map.of("reviewOutcome", "achieved", "reviewNotes", "Every morning"))); // the review's record first
        stepAchieved.record(PlanFixture.job(Map.of("caseId", caseId.toString(), "stepIndex", 1)));

        assertThat(service.reviews(champion, caseId, PageRequest.of(0, 10)).getContent())
                .extracting(org.rejoin.support.PlanReview::stepDescription)
                .containsExactly("Mornings every day", "In for period 1 on Monday and Tuesday");
        assertThat(steps.steps(caseId)).extracting(PlanStep::state).containsExactly(ACHIEVED, ACHIEVED, CURRENT);
    }
}
