package org.rejoin.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.engine.EngineClock;
import org.rejoin.inbox.InboxService;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.support.SupportPlanProcess.Elements;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Support plans with a history, made by the real processes before the other demo cases are opened. In the demo run
 * the engine's clock, and with it the app's (docs/decisions/0011), comes forward to six weeks before today after the
 * year of casework ({@link DemoYearOfCasework}): these cases open then, their journeys run and the families decline to come in twice, so each journey refers its case to the
 * Attendance Improvement Officer. The stalled case's referral is described, approved and sent at once, and the
 * officer never answers. Two weeks later the plans are created and agreed; the clock then comes forward one review period at a
 * time: each review timer fires as it would have, and the key adult submits the review. At the first review both
 * plans' first step is achieved; at the second, one plan's second step is achieved too and the other's has stalled
 * and is split into two smaller steps. Meanwhile the referral's answer-by date passes and its own timer escalates it
 * to the champion. Everything is dated when it happened. The clock ends at today, so the next reviews are due a
 * review period from now. Where the clock starts at today (the tests, whose reviews come every two seconds) the
 * history happens in real time, and the referral waits for the officer's answer.
 */
@Component
@ConditionalOnProperty(name = "rejoin.mode", havingValue = "embedded", matchIfMissing = true)
class DemoHistory {

    /** The two cases of a school given a plan with a history. */
    record Cases(DemoSchoolPeople people, UUID achievedCase, UUID stalledCase) {
    }

    static final int CASES_PER_SCHOOL = 2;
    /** Reviews held before today; the engine's clock starts this many review periods and the journey behind. */
    static final int REVIEWS = 2;
    /** From the history's cases opening to their plans being agreed (as engine.internal.EngineClockStart has it). */
    static final Duration JOURNEY = Duration.ofDays(14);

    private final DemoStepDriver steps;
    private final EngineClock engineClock;
    private final Clock clock;

    private final Duration reviewEvery;

    DemoHistory(InboxService inbox, EngineClock engineClock, Clock clock,
                @Value("${rejoin.plan.review-every:P14D}") Duration reviewEvery) {
        this.reviewEvery = reviewEvery;
        this.steps = new DemoStepDriver(inbox);
        this.engineClock = engineClock;
        this.clock = clock;
    }

    void make(List<Cases> schools) {
        if (schools.isEmpty()) {
            return;
        }
        try {
            List<Runnable> toThePlan = new ArrayList<>();
            for (Cases s : schools) {
                toThePlan.add(() -> toThePlan(s.people(), s.achievedCase()));
                toThePlan.add(() -> {
                    toThePlan(s.people(), s.stalledCase());
                    referralNobodyAnswers(s.people(), s.stalledCase());
                });
            }
            DemoStages.runSideBySide(toThePlan);
            // the weeks of the journey: the plans are agreed two review periods before today
            forward(engineClock.offset().negated().minus(reviewEvery.multipliedBy(REVIEWS)));
            int plansMade = schools.size() * CASES_PER_SCHOOL;
            long set = engineClock.timersSet(Elements.REVIEW_DUE_TIMER);
            forEachCase(schools, this::createAndAgreeThePlan);
            awaitReviewTimers(set + plansMade);
            forward(reviewEvery);
            set = engineClock.timersSet(Elements.REVIEW_DUE_TIMER);
            forEachCase(schools, (people, c) -> review(people, c, "achieved", "Came in for period 1 every day we agreed"));
            awaitReviewTimers(set + plansMade);
            forward(reviewEvery);
        } finally {
            bringClockToToday();
        }
        for (Cases school : schools) {
            DemoSchoolPeople people = school.people();
            review(people, school.achievedCase(), "achieved", "Three mornings a week, and asked for more");
            review(people, school.stalledCase(), "stalled", "Missed most mornings: the bus is too early and too busy");
            steps.complete(people.keyAdult(), school.stalledCase(), Elements.ADAPT_STEP, Map.of("adaptation", "split",
                    "adaptationReason", "Three mornings was too big a jump after the half term",
                    "newSteps", List.of(DemoJourneySteps.step("Mornings in school on Monday", "DIFFERENT_ENTRANCE"),
                            DemoJourneySteps.step("Mornings in school on Monday and Wednesday", "DIFFERENT_ENTRANCE"))));
        }
    }

    /** The journey's steps up to the last, creating the plan, which waits for the journey's weeks to pass. */
    private void toThePlan(DemoSchoolPeople people, UUID caseId) {
        var journey = DemoJourneySteps.journeyWithoutTheParents(people, LocalDate.now(clock));
        journey.subList(0, journey.size() - 1).forEach(step -> complete(people, caseId, step));
        steps.awaitStep(people.champion(), caseId, journey.getLast().elementId());
    }

    /** The journey's last step starts the plan (so Outcomes counts the journey's weeks to it); its steps are agreed. */
    private void createAndAgreeThePlan(DemoSchoolPeople people, UUID caseId) {
        complete(people, caseId, DemoJourneySteps.journeyWithoutTheParents(people, LocalDate.now(clock)).getLast());
        DemoJourneySteps.planWithHistory().forEach(step -> complete(people, caseId, step));
    }

    /**
     * The journey's referral to the Attendance Improvement Officer (the family would not come in), described by the
     * champion and approved by the leader at once; the officer never answers, so it is escalated when its
     * answer-by date passes.
     */
    private void referralNobodyAnswers(DemoSchoolPeople people, UUID caseId) {
        steps.complete(people.champion(), caseId, ReferralProcess.Elements.DESCRIBE, Map.of(
                "agencyType", AgencyType.ATTENDANCE_IMPROVEMENT.name(),
                "referralReason", "The family declined to meet twice; attendance under 70% since half term",
                "triedSoFar", "A letter, a phone call and a home visit with the key adult", "parentalConsent", true));
        steps.complete(people.leader(), caseId, ReferralProcess.Elements.APPROVE, Map.of("referralApproval", "approve"));
        steps.awaitStep(people.partners().get(AgencyType.ATTENDANCE_IMPROVEMENT), caseId,
                ReferralProcess.Elements.ACCEPT_OR_DECLINE);
    }

    /**
     * After the year of casework, if there was one, to where the history begins: its journey and two review periods
     * before today. Its cases open then.
     */
    void comeForwardToItsStart() {
        forward(engineClock.offset().negated().minus(JOURNEY.plus(reviewEvery.multipliedBy(REVIEWS))));
    }

    /** Whatever happened: every other case's deadlines count from today. */
    void bringClockToToday() {
        forward(engineClock.offset().negated());
    }

    /** As far as the engine's clock is behind today, at most this far; any more of the wait passes in real time. */
    private void forward(Duration atMost) {
        Duration behind = engineClock.offset().negated();
        Duration by = behind.compareTo(atMost) < 0 ? behind : atMost;
        if (by.isPositive()) {
            engineClock.travel(by);
        }
    }

    private void review(DemoSchoolPeople people, UUID caseId, String outcome, String notes) {
        steps.complete(people.keyAdult(), caseId, Elements.REVIEW, Map.of("reviewOutcome", outcome, "reviewNotes", notes));
    }

    private void complete(DemoSchoolPeople people, UUID caseId, DemoJourneySteps.Step step) {
        steps.complete(step.who().apply(people), caseId, step.elementId(), step.answers());
    }

    private static void forEachCase(List<Cases> schools, java.util.function.BiConsumer<DemoSchoolPeople, UUID> what) {
        for (Cases school : schools) {
            what.accept(school.people(), school.achievedCase());
            what.accept(school.people(), school.stalledCase());
        }
    }

    /**
     * Before the clock moves on, the engine has set the next review of every plan with a history (nothing else
     * agrees or reviews a plan meanwhile: the history is made before the other demo cases move).
     */
    private void awaitReviewTimers(long count) {
        DemoStepDriver.awaitTimers(engineClock, Elements.REVIEW_DUE_TIMER, count);
    }
}
