package org.rejoin.support;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseNotFoundException;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseStage;
import org.rejoin.engine.Messages;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlanProcess.Answers;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.rejoin.support.internal.PartTimeProposals;
import org.rejoin.support.internal.PartTimeStore;
import org.rejoin.support.internal.PlanProperties;
import org.rejoin.support.internal.PlanStore;
import org.rejoin.support.internal.ReviewStore;
import org.rejoin.support.internal.StepStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stepped support plan of a case: started once the journey's reintegration plan is agreed, then
 * read (scoped to who may see the case) on the case page. Part-time timetables are proposed here.
 */
@Service
public class SupportPlanService {

    /** How many part-time timetables the case page shows (newest first). */
    static final int PART_TIMES_SHOWN = 10;

    private final CamundaClient camunda;
    private final CaseService cases;
    private final PlanStore plans;
    private final StepStore steps;
    private final ReviewStore reviews;
    private final PartTimeStore partTimes;
    private final PartTimeProposals proposals;
    private final PlanProperties settings;

    SupportPlanService(CamundaClient camunda, CaseService cases, PlanStore plans, StepStore steps, ReviewStore reviews,
                       PartTimeStore partTimes, PartTimeProposals proposals, PlanProperties settings) {
        this.camunda = camunda;
        this.cases = cases;
        this.plans = plans;
        this.steps = steps;
        this.reviews = reviews;
        this.partTimes = partTimes;
        this.proposals = proposals;
        this.settings = settings;
    }

    /**
     * Starts the case's plan (at most once: the message's correlation key and id are the case id) with the
     * journey's answers its first step shows; any other key in {@code fromJourney} is left out.
     */
    public void start(UUID caseId, UUID pupilId, UUID schoolId, String leadChampion, String keyAdult,
                      Map<String, Object> fromJourney) {
        start(caseId, pupilId, schoolId, leadChampion, keyAdult, fromJourney, settings.reviewEvery());
    }

    /**
     * Whether the case has a plan whose process takes safeguarding concerns: started (or starting: its
     * message is buffered) and not yet ended. A system question, not scoped to a user.
     */
    public boolean planRunning(UUID caseId) {
        return plans.find(caseId).map(plan -> plan.state() != PlanState.SUSTAINED).orElse(false);
    }

    /**
     * The plan's steps once they are agreed (the plan is working on them, or has closed), else none: support
     * recorded on the case for the statutory ladder. A system question, not scoped to a user.
     */
    public java.util.List<PlanStep> agreedSteps(UUID caseId) {
        return plans.find(caseId).filter(plan -> plan.state() != PlanState.GATHERING_VIEWS
                && plan.state() != PlanState.AGREEING_STEPS).map(plan -> steps.steps(caseId))
                .orElse(java.util.List.of());
    }

    /** As above, with this plan's own review interval (tests use seconds; the app's engine is never time-travelled). */
    void start(UUID caseId, UUID pupilId, UUID schoolId, String leadChampion, String keyAdult,
               Map<String, Object> fromJourney, Duration reviewEvery) {
        String lead = required(leadChampion, "lead champion");
        String adult = required(keyAdult, "key adult");
        // the plan's record first (committed on its own), so that whatever the process records finds it
        if (!plans.createIfNone(caseId, schoolId, pupilId, lead, adult, reviewEvery)) {
            throw new IllegalArgumentException("Case " + caseId + " is not a case of pupil " + pupilId
                    + " at school " + schoolId);
        }
        if (plans.find(caseId).orElseThrow().state() != PlanState.GATHERING_VIEWS) {
            return; // started long ago: once the plan has ended, starting it again would start a second one
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, caseId.toString());
        variables.put(Variables.PUPIL_ID, pupilId.toString());
        variables.put(Variables.SCHOOL_ID, schoolId.toString());
        variables.put(Variables.LEAD_CHAMPION, lead);
        variables.put(Variables.KEY_ADULT, adult);
        variables.put(Variables.REVIEW_EVERY, PlanProperties.iso(reviewEvery));
        if (fromJourney != null) {
            Answers.FROM_JOURNEY.stream().filter(fromJourney::containsKey)
                    .forEach(key -> variables.put(key, fromJourney.get(key)));
        }
        // the stage first: from now on a safeguarding concern is sent to the plan (buffered until it starts)
        cases.moveToStage(caseId, CaseStage.SUPPORT_PLAN);
        // no time to live: a buffered copy would start a second plan once the first ended
        Messages.publishOnce(camunda, SupportPlanProcess.MESSAGE_SUPPORT_PLAN_REQUESTED, caseId.toString(),
                caseId.toString(), Duration.ZERO, variables);
    }

    /** A champion or leader proposes a part-time timetable while the plan runs; one at a time. */
    public void proposePartTimeTimetable(UserAccount user, UUID caseId) {
        proposals.propose(user, caseId);
    }

    /** A champion or leader withdraws the proposal not yet signed off, saying why. */
    public void withdrawPartTimeProposal(UserAccount user, UUID caseId, String why) {
        proposals.withdraw(user, caseId, why);
    }

    /** The case's plan, if it has one and this user may see the case. */
    @Transactional(readOnly = true)
    public Optional<SupportPlan> plan(UserAccount user, UUID caseId) {
        if (cases.find(user, caseId).isEmpty()) {
            return Optional.empty();
        }
        return plans.find(caseId).map(p -> new SupportPlan(p.caseId(), p.schoolId(), p.pupilId(), p.state(),
                p.leadChampion(), p.keyAdult(), p.reviewEvery(), p.overallGoal(), p.parentContact(),
                p.contactArrangements(), p.nextReviewDue(), p.closedAt(), p.followUpOn(), steps.steps(caseId),
                partTimes.latest(caseId, PART_TIMES_SHOWN)));
    }

    /** The plan's reviews, newest first, a page at a time; "not found" for a case out of this user's scope. */
    @Transactional(readOnly = true)
    public Page<PlanReview> reviews(UserAccount user, UUID caseId, Pageable page) {
        cases.find(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        return reviews.page(caseId, page);
    }

    private static String required(String username, String role) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("The plan needs a " + role + " (the journey's step 3 names one)");
        }
        return username.strip();
    }
}
