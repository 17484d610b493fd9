package org.rejoin.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rejoin.base.ui.UkDates;
import org.rejoin.inbox.TaskFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** "Due within n days" counts from the app's today, handed in, not the database's current_date. */
class DueWithinFilterTests {

    @Test
    void dueWithinThreeDaysMeansBeforeTheEndOfTheThirdDayAfterTheAppsToday() {
        var params = new MapSqlParameterSource();
        String sql = TaskQueries.filterSql(new TaskFilter(null, null, 3), params, LocalDate.of(2026, 3, 27));

        assertThat(sql).isEqualTo(" and t.due_date < :dueBefore").doesNotContain("current_date");
        // the clocks go forward on 29 March: the end of the 30th is midnight British Summer Time
        assertThat(((Timestamp) params.getValue("dueBefore")).toInstant())
                .isEqualTo(LocalDate.of(2026, 3, 31).atStartOfDay(UkDates.ZONE).toInstant())
                .hasToString("2026-03-30T23:00:00Z");
    }
}
