package org.rejoin.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Header formats as the in-memory engine 8.8 sends them for job-worker user tasks. */
class UserTaskJobTests {

    @Test
    void candidateGroupsArriveAsAJsonArray() {
        assertThat(UserTaskJob.list("[\"ATTENDANCE_CHAMPION\",\"school:x:LEADER\"]"))
                .containsExactly("ATTENDANCE_CHAMPION", "school:x:LEADER");
        assertThat(UserTaskJob.list(null)).isEmpty();
        assertThatThrownBy(() -> UserTaskJob.list("ATTENDANCE_CHAMPION")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesArriveAsZonedDateTimesWithOrWithoutARegion() {
        assertThat(UserTaskJob.instant("2026-12-01T12:00Z")).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(UserTaskJob.instant("2026-11-23T09:42:42.281Z[Etc/UTC]"))
                .isEqualTo(Instant.parse("2026-11-23T09:42:42.281Z"));
        assertThat(UserTaskJob.instant("2026-06-01T09:00+01:00[Europe/London]"))
                .isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
    }

    @Test
    void priorityComesFromTheVariableThenTheHeaderThenFifty() {
        assertThat(UserTaskJob.priority(30, "70")).isEqualTo(30);
        assertThat(UserTaskJob.priority(null, "70")).isEqualTo(70);
        assertThat(UserTaskJob.priority(null, null)).isEqualTo(50);
        assertThat(UserTaskJob.priority("urgent", null)).isEqualTo(50);
        assertThat(UserTaskJob.priority(250, null)).isEqualTo(100);
    }
}
