package org.rejoin.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.casework.TimeFromConcern;

/** The months of "time to plan" end at the app's month (which the demo sets back), not the wall clock's. */
class TimeToPlanMonthsTests {

    @Test
    void theThirteenMonthsShownEndAtTheAppsMonth() {
        YearMonth appMonth = YearMonth.now().minusYears(2);
        var time = new TimeFromConcern(1, 12.0, 1, 0, 0, 0, List.of(new TimeFromConcern.Month(appMonth, 1, 12.0)));

        var section = new TimeToPlanSection(time, appMonth);

        assertThat(section.byMonth.getCategories()).hasSize(13);
        List<Double> medians = section.byMonth.getSeries().getFirst().values();
        assertThat(medians.getLast()).isEqualTo(12.0);
        assertThat(medians.subList(0, 12)).containsOnlyNulls();
    }
}
