package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.AppClocks.about;
import static org.rejoin.AppClocks.behind;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.engine.JobIncident;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A job incident is dated by the app's clock (docs/decisions/0011): when it failed, failed again, was retried. */
@RejoinTest
class IncidentStoreTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void failedAndRetriedAtTheAppsNow() {
        long jobKey = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE); // no engine hands this key out
        try {
            new IncidentStore(jdbc, behind(28)).opened(jobKey, -1, "clock-test", "Task_Clock", "clock-test", null,
                    "no answer");
            assertThat(new IncidentStore(jdbc, behind(28)).find(jobKey).orElseThrow().failedAt()).satisfies(about(28));

            new IncidentStore(jdbc, behind(21)).retried(jobKey, "admin");
            JobIncident retried = new IncidentStore(jdbc, behind(21)).find(jobKey).orElseThrow();
            assertThat(retried.retriedAt()).satisfies(about(21));

            new IncidentStore(jdbc, behind(14)).opened(jobKey, -1, "clock-test", "Task_Clock", "clock-test", null,
                    "no answer again");
            JobIncident again = new IncidentStore(jdbc, behind(14)).find(jobKey).orElseThrow();
            assertThat(again.failedAt()).as("failing again dates it again").satisfies(about(14));
        } finally {
            jdbc.update("delete from job_incident where job_key = ?", jobKey);
        }
    }
}
