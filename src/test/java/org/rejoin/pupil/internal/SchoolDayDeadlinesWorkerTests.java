package org.rejoin.pupil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolCalendar.DateRange;

/** Timer dates in school days: forwards from today, or back from a date the process holds. */
class SchoolDayDeadlinesWorkerTests {

    // autumn term 2026 with half term 26-30 October and no bank holidays in it
    static final SchoolCalendar AUTUMN = new SchoolCalendar(
            List.of(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18))),
            List.of(new DateRange(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30))), Set.of());

    @Test
    void countsForwardFromTodayInSchoolDaysFromANumberOrAVariable() {
        LocalDate friday = LocalDate.of(2026, 10, 23);

        assertThat(SchoolDayDeadlinesWorker.deadline("1", Map.of(), AUTUMN, friday).toString())
                .isEqualTo("2026-11-02T16:00Z"); // the Monday after half term, GMT
        assertThat(SchoolDayDeadlinesWorker.deadline("limit", Map.of("limit", 5), AUTUMN, friday).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void countsBackFromADateTheProcessHolds() {
        var variables = Map.<String, Object>of("partTimeEndDate", "2026-11-03");

        assertThat(SchoolDayDeadlinesWorker.deadline("3 before partTimeEndDate", variables, AUTUMN,
                LocalDate.of(2026, 10, 1)).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 22)); // Mon 2 Nov, half term, Fri 23, Thu 22
    }

    @Test
    void aMissingDateOrNumberSaysWhich() {
        assertThatThrownBy(() -> SchoolDayDeadlinesWorker.deadline("3 before endDate", Map.of(), AUTUMN,
                LocalDate.of(2026, 10, 1))).hasMessageContaining("'endDate'");
        assertThatThrownBy(() -> SchoolDayDeadlinesWorker.deadline("days", Map.of(), AUTUMN,
                LocalDate.of(2026, 10, 1))).hasMessageContaining("variable 'days'");
    }
}
