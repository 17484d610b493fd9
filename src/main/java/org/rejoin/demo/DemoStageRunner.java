package org.rejoin.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.CaseSummary;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Once the demo schools' cases are open, takes some of each school's to every stage ({@link DemoStages}) on a
 * thread of its own, so the app answers meanwhile. {@code rejoin.demo.stages=false} leaves every case at step 1
 * (the shared test context does: its tests make their own cases, and their engine must stay quiet).
 */
@Component
@ConditionalOnProperty(name = "rejoin.mode", havingValue = "embedded", matchIfMissing = true)
class DemoStageRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStageRunner.class);

    private final DemoStages stages;
    private final DemoHistory history;
    private final DemoYearOfCasework year;
    private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
    private final UserService users;
    private final CaseService cases;
    private final boolean enabled;
    private final boolean withHistory;
    /** Once a run: on a loaded machine a deployment that timed out is retried, and the engine says deployed twice. */
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    DemoStageRunner(DemoStages stages, DemoHistory history, DemoYearOfCasework year, UserService users, CaseService cases,
                    @Value("${rejoin.demo.stages:true}") boolean enabled,
                    @Value("${rejoin.demo.history:true}") boolean withHistory) {
        this.withHistory = withHistory;
        this.stages = stages;
        this.history = history;
        this.year = year;
        this.users = users;
        this.cases = cases;
        this.enabled = enabled;
    }

    /**
     * Opens the schools' cases and takes some to their stages, in order: the first shows referrals in every state,
     * the next keep every agency busy. With the history: each school's first cases open and make their history while
     * the clock is behind, then the rest open at today. Before those, where the clock starts a year behind, the year
     * of past cases that opened, ran their course and closed ({@link DemoYearOfCasework}).
     */
    void openAndStageInBackground(List<DemoCaseOpening> schools, long seedingBegan) {
        if (!started.compareAndSet(false, true)) {
            return; // running already: its history is still moving the clock
        }
        boolean makeHistory = enabled && withHistory && !schools.isEmpty();
        if (!makeHistory) {
            history.bringClockToToday(); // it started behind for a history that will not be made
        }
        if (!enabled || schools.isEmpty()) {
            schools.forEach(this::openTheRest);
            finished.countDown();
            return;
        }
        Thread.ofPlatform().daemon().name("demo-stages").start(() -> {
            try {
                openAndStage(schools, makeHistory, seedingBegan);
            } finally {
                finished.countDown();
            }
        });
    }

    private void openAndStage(List<DemoCaseOpening> schools, boolean makeHistory, long seedingBegan) {
        boolean all = true;
        Set<UUID> historyCases = new HashSet<>();
        try {
            if (makeHistory && year.clockAllowsAYear()) {
                all = yearOfCasework(schools);
            }
            if (makeHistory) {
                // history first: no other case may open or move until the clock is back at today
                all &= history(schools, historyCases);
            }
        } finally {
            history.bringClockToToday(); // whatever failed, every other case's deadlines count from today
        }
        schools.forEach(this::openTheRest);
        // one school after the other: side by side they took more database connections than the pool has
        for (int i = 0; i < schools.size(); i++) {
            List<UUID> open = openCases(schools.get(i).domain()).stream().filter(c -> !historyCases.contains(c))
                    .limit(DemoStages.CASES_NEEDED).toList();
            all &= stage(schools.get(i), open, i > 0);
        }
        if (all) {
            log.info("Demo cases taken to their stages; demo seeding took {} ms in all",
                    (System.nanoTime() - seedingBegan) / 1_000_000);
        }
    }

    /** Waits at most this long for the demo's cases to reach their stages; whether they did (tests of the demo run). */
    boolean awaitStaged(java.time.Duration atMost) throws InterruptedException {
        return finished.await(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private boolean yearOfCasework(List<DemoCaseOpening> schools) {
        long began = System.nanoTime();
        try {
            List<DemoYearOfCasework.School> past = schools.stream()
                    .map(s -> new DemoYearOfCasework.School(s, people(s.schoolId(), s.domain()))).toList();
            int made = year.make(past).size();
            log.info("Demo: {} past cases opened, worked and closed over the last year, in {} ms", made,
                    (System.nanoTime() - began) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            log.warn("The demo's year of past cases could not all be made", e);
            return false;
        }
    }

    private boolean history(List<DemoCaseOpening> schools, Set<UUID> historyCases) {
        try {
            List<DemoHistory.Cases> cases = new ArrayList<>();
            history.comeForwardToItsStart();
            for (DemoCaseOpening school : schools) {
                school.openAtLeast(DemoHistory.CASES_PER_SCHOOL);
                List<UUID> open = openCases(school.domain());
                historyCases.addAll(open);
                cases.add(new DemoHistory.Cases(people(school.schoolId(), school.domain()), open.get(0), open.get(1)));
            }
            history.make(cases);
            return true;
        } catch (RuntimeException e) {
            log.warn("The demo plans with a history could not all be made", e);
            return false;
        }
    }

    private void openTheRest(DemoCaseOpening school) {
        log.info("{}: {} cases opened from the attendance data", school.domain(), school.openTheRest());
    }

    private boolean stage(DemoCaseOpening school, List<UUID> openCases, boolean everyAgencyBusy) {
        try {
            stages.stage(people(school.schoolId(), school.domain()), openCases, everyAgencyBusy);
            return true;
        } catch (RuntimeException e) {
            log.warn("The demo cases of {} could not all be taken to their stages", school.domain(), e);
            return false;
        }
    }

    private List<UUID> openCases(String domain) {
        UserAccount champion = user("champion@" + domain + ".example");
        return cases.cases(champion, CaseState.OPEN, PageRequest.of(0, DemoStages.CASES_NEEDED + DemoHistory.CASES_PER_SCHOOL)).getContent().stream()
                .map(CaseSummary::id).toList();
    }

    private DemoSchoolPeople people(UUID schoolId, String domain) {
        Map<AgencyType, UserAccount> partners = new EnumMap<>(AgencyType.class);
        for (AgencyType type : AgencyType.values()) {
            partners.put(type, user(DemoDataSeeder.partnerLogin(type)));
        }
        return new DemoSchoolPeople(schoolId, user("champion@" + domain + ".example"), user("leader@" + domain + ".example"),
                user("pastoral@" + domain + ".example"), user("tutor@" + domain + ".example"), partners);
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
    }
}
