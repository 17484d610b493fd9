package org.rejoin.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final UserService users;
    private final CaseService cases;
    private final boolean enabled;
    private final boolean withHistory;
    /** Once a run: on a loaded machine a deployment that timed out is retried, and the engine says deployed twice. */
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    DemoStageRunner(DemoStages stages, DemoHistory history, UserService users, CaseService cases,
                    @Value("${rejoin.demo.stages:true}") boolean enabled,
                    @Value("${rejoin.demo.history:true}") boolean withHistory) {
        this.withHistory = withHistory;
        this.stages = stages;
        this.history = history;
        this.users = users;
        this.cases = cases;
        this.enabled = enabled;
    }

    /** Domains of the schools seeded, in order; the first shows referrals in every state, the next keep every agency busy. */
    void stageInBackground(List<UUID> schoolIds, List<String> domains, long seedingBegan) {
        if (!enabled || schoolIds.isEmpty()) {
            history.bringClockToToday(); // it started behind for a history that will not be made
            return;
        }
        if (!started.compareAndSet(false, true)) {
            return; // running already: its history is still moving the clock
        }
        Thread.ofPlatform().daemon().name("demo-stages").start(() -> {
            List<List<UUID>> open;
            boolean all;
            try {
                // each school's cases are picked once, so the history's and the stages' never overlap
                open = domains.stream().map(this::openCases).toList();
                // history first: the engine's clock starts behind today for it, and no case may move until it is back
                all = !withHistory || history(schoolIds, domains, open);
            } finally {
                history.bringClockToToday(); // whatever failed, every other case's deadlines count from today
            }
            // one school after the other: side by side they took more database connections than the pool has
            for (int i = 0; i < schoolIds.size(); i++) {
                all &= stage(schoolIds.get(i), domains.get(i), open.get(i).subList(0, DemoStages.CASES_NEEDED), i > 0);
            }
            if (all) {
                log.info("Demo cases taken to their stages; demo seeding took {} ms in all",
                        System.currentTimeMillis() - seedingBegan);
            }
        });
    }

    private boolean history(List<UUID> schoolIds, List<String> domains, List<List<UUID>> open) {
        try {
            List<DemoHistory.Cases> cases = new java.util.ArrayList<>();
            int from = DemoStages.CASES_NEEDED;
            for (int i = 0; i < schoolIds.size(); i++) {
                cases.add(new DemoHistory.Cases(people(schoolIds.get(i), domains.get(i)), open.get(i).get(from),
                        open.get(i).get(from + 1)));
            }
            history.make(cases);
            return true;
        } catch (RuntimeException e) {
            log.warn("The demo plans with a history could not all be made", e);
            return false;
        }
    }

    private boolean stage(UUID schoolId, String domain, List<UUID> openCases, boolean everyAgencyBusy) {
        try {
            stages.stage(people(schoolId, domain), openCases, everyAgencyBusy);
            return true;
        } catch (RuntimeException e) {
            log.warn("The demo cases of {} could not all be taken to their stages", domain, e);
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
