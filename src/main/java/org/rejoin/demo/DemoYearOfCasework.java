package org.rejoin.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import org.rejoin.casework.CaseService;
import org.rejoin.engine.EngineClock;
import org.rejoin.inbox.InboxService;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.support.SupportPlanProcess.Elements;
import org.rejoin.support.SupportPlanService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The year of casework behind the demo's Outcomes, made by the real processes while the engine's clock (and with it
 * the app's, docs/decisions/0011) comes forward from about a year ago. A few pupils of each school had a drop some
 * time in the last year, and their attendance is seeded to match ({@link DemoAttendance#recovering}). On the day of
 * each drop the attendance decision opens a case and the journey starts with the school's own enquiries; half way to
 * the plan the parents come in and the pupil is heard; one to three weeks after the drop the champion creates the
 * plan and agrees its two graded steps; the plan's own review timer brings each review to the key adult, who records the step achieved;
 * the plan closes, and six weeks later its follow-up finds that attendance held, so the case closes. The clock is
 * moved forward from one moment to the next in date order, so the cases overlap as real ones do. Made only where the
 * engine's clock starts far enough behind today (the demo run; never the tests' shared engine).
 */
@Component
@ConditionalOnProperty(name = "rejoin.mode", havingValue = "embedded", matchIfMissing = true)
class DemoYearOfCasework {

    /** A pupil's past case: the day the drop opened it and how many days later the plan was agreed. */
    record PastCase(UUID pupilId, LocalDate openedOn, int daysToPlan) {
    }

    /** A school's past cases, and its people who work them. */
    record School(DemoCaseOpening opening, DemoSchoolPeople people) {
    }

    /** How long ago each school's past cases opened (before moving to a school day) and the days each took to a plan. */
    static final List<Integer> WEEKS_AGO = List.of(48, 40, 32, 25);
    static final List<Integer> DAYS_TO_PLAN = List.of(9, 16, 23, 12);
    /** From the support plan's follow-up timer (bpmn/stepped-support-plan.bpmn, "Six weeks later"). */
    private static final Duration FOLLOW_UP = Duration.ofDays(42);
    private static final Duration AFTER_A_TIMER = Duration.ofMinutes(1);
    private static final LocalTime START_OF_DAY = LocalTime.of(8, 30);

    private final DemoStepDriver steps;
    private final SupportPlanService plans;
    private final CaseService cases;
    private final EngineClock engineClock;
    private final Clock clock;

    DemoYearOfCasework(InboxService inbox, SupportPlanService plans, CaseService cases, EngineClock engineClock,
                       Clock clock) {
        this.steps = new DemoStepDriver(inbox);
        this.plans = plans;
        this.cases = cases;
        this.engineClock = engineClock;
        this.clock = clock;
    }

    /** Whether the engine's clock is far enough behind today for the first past case (the demo run's is). */
    boolean clockAllowsAYear() {
        Duration behind = engineClock.offset().negated();
        return behind.compareTo(Duration.ofDays(7L * WEEKS_AGO.getFirst())) >= 0;
    }

    /** The past cases' pupils, each day's plans agreed and reviews held in date order; the ids of the cases made. */
    List<UUID> make(List<School> schools) {
        Timeline timeline = new Timeline();
        List<UUID> made = new ArrayList<>();
        for (School school : schools) {
            for (PastCase past : school.opening().pastCases()) {
                timeline.at(past.openedOn().atTime(START_OF_DAY).atZone(clock.getZone()).toInstant(),
                        () -> open(timeline, school, past, made));
            }
        }
        timeline.run();
        return made;
    }

    private void open(Timeline timeline, School school, PastCase past, List<UUID> made) {
        if (!school.opening().openPast(past)) {
            throw new IllegalStateException("The attendance decision found no concern for the past case of pupil "
                    + past.pupilId() + " on " + past.openedOn());
        }
        UUID caseId = cases.openCaseOfPupil(past.pupilId()).orElseThrow();
        made.add(caseId);
        DemoSchoolPeople people = school.people();
        // the journey over the days to the plan: the school's own enquiries at once, the family's half way
        journey(people, caseId, JourneyProcess.Elements.ACT_ON_DROP, JourneyProcess.Elements.INVITE_PARENTS);
        Instant opened = Instant.now(clock);
        timeline.at(opened.plus(Duration.ofDays(past.daysToPlan() / 2)),
                () -> journey(people, caseId, JourneyProcess.Elements.INVITE_PARENTS, JourneyProcess.Elements.CREATE_PLAN));
        timeline.at(opened.plus(Duration.ofDays(past.daysToPlan())), () -> {
            journey(people, caseId, JourneyProcess.Elements.CREATE_PLAN, null);
            List<DemoJourneySteps.Step> plan = DemoJourneySteps.planAgreed();
            complete(people, caseId, plan.getFirst());
            afterItsTimerIsSet(Elements.REVIEW_DUE_TIMER, () -> complete(people, caseId, plan.getLast()));
            reviewWhenDue(timeline, people, caseId, Elements.REVIEW_DUE_TIMER, "Logged on for every check-in we agreed",
                    () -> reviewWhenDue(timeline, people, caseId, Elements.FOLLOW_UP_TIMER,
                            "In every morning for three weeks, and asked to stay for lunch",
                            () -> timeline.at(Instant.now(clock).plus(FOLLOW_UP).plus(AFTER_A_TIMER),
                                    () -> awaitClosed(caseId))));
        });
    }

    /** The journey's steps from the first of these elements up to the second, taken today. */
    private void journey(DemoSchoolPeople people, UUID caseId, String first, String before) {
        DemoJourneySteps.from(DemoJourneySteps.journey(people, LocalDate.now(clock)), first, before)
                .forEach(step -> complete(people, caseId, step));
    }

    /**
     * When the plan's review timer has fired, the key adult records the current step achieved, which sets the next
     * timer (the next review's, or after the last step the follow-up's); then what follows.
     */
    private void reviewWhenDue(Timeline timeline, DemoSchoolPeople people, UUID caseId, String nextTimer, String notes,
                               Runnable then) {
        Duration reviewEvery = plans.plan(people.champion(), caseId).orElseThrow().reviewEvery();
        timeline.at(Instant.now(clock).plus(reviewEvery).plus(AFTER_A_TIMER), () -> {
            afterItsTimerIsSet(nextTimer, () -> steps.complete(people.keyAdult(), caseId, Elements.REVIEW,
                    Map.of("reviewOutcome", "achieved", "reviewNotes", notes)));
            then.run();
        });
    }

    /**
     * Does what sets a timer, and waits until the engine has set it: a timer counts from when the engine sets it, so
     * the clock must not move on before (nothing else moves a case meanwhile).
     */
    private void afterItsTimerIsSet(String timer, Runnable step) {
        long set = engineClock.timersSet(timer);
        step.run();
        DemoStepDriver.awaitTimers(engineClock, timer, set + 1);
    }

    /** The follow-up has found that attendance held, and closed the case. */
    private void awaitClosed(UUID caseId) {
        long deadline = System.nanoTime() + DemoStepDriver.WAIT.toNanos();
        while (cases.details(caseId).map(c -> c.closedAt() == null).orElse(true)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The past case " + caseId + " was not closed by its follow-up within "
                        + DemoStepDriver.WAIT.toSeconds() + " s");
            }
            DemoStepDriver.pause();
        }
    }

    private void complete(DemoSchoolPeople people, UUID caseId, DemoJourneySteps.Step step) {
        steps.complete(step.who().apply(people), caseId, step.elementId(), step.answers());
    }

    /** What happens when, done in date order with the engine's clock moved forward to each moment. */
    private final class Timeline {

        private record Moment(Instant when, long order, Runnable what) {
        }

        private final PriorityQueue<Moment> due = new PriorityQueue<>(
                Comparator.comparing(Moment::when).thenComparingLong(Moment::order));
        private long added;

        void at(Instant when, Runnable what) {
            due.add(new Moment(when, added++, what));
        }

        void run() {
            while (!due.isEmpty()) {
                Moment next = due.poll();
                Duration until = Duration.between(Instant.now(clock), next.when());
                if (until.compareTo(engineClock.offset().negated()) > 0) {
                    throw new IllegalStateException("The year of casework would take the engine's clock past today, to "
                            + next.when() + ": a review period too long for it?");
                }
                if (until.isPositive()) {
                    engineClock.travel(until);
                }
                next.what().run();
            }
        }
    }
}
