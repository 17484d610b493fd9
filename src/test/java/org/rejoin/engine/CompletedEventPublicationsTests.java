package org.rejoin.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.InboxService;
import org.rejoin.referral.ReferralTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events handed over between modules leave no copy behind once every listener has them (completion-mode delete). */
@org.rejoin.RejoinTest
class CompletedEventPublicationsTests {

    @Autowired
    ReferralTestData places;
    @Autowired
    InboxService inbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventEveryListenerHasHandledIsNoLongerStored() {
        var place = places.place(); // opening the case publishes CaseOpened; the journey module starts its journey
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !inbox.openStepsOfCase(place.champion(), place.caseId()).isEmpty());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?", Integer.class,
                "%" + place.caseId() + "%")).isZero());
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is not null",
                Integer.class)).isZero();
    }
}
