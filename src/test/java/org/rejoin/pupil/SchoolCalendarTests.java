package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rejoin.pupil.SchoolCalendar.DateRange;

class SchoolCalendarTests {

    // Autumn term 2026 with October half term, an INSET day and the Christmas holiday after it
    private final SchoolCalendar calendar = new SchoolCalendar(
            List.of(new DateRange(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18)),
                    new DateRange(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 25))),
            List.of(new DateRange(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)),
                    new DateRange(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27))),
            Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

    @Test
    void weekendsHolidaysAndClosuresAreNotSchoolDays() {
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 11, 23))).isTrue();   // Monday
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 11, 28))).isFalse();  // Saturday
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 10, 28))).isFalse();  // half term
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 11, 27))).isFalse();  // INSET day
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 9, 2))).isFalse();    // before term
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 12, 21))).isFalse();  // Christmas holidays
    }

    @Test
    void fiveSchoolDaysFromAFridaySkipTheWeekend() {
        assertThat(calendar.addSchoolDays(LocalDate.of(2026, 11, 13), 5)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void deadlinesSkipHalfTermAndInsetDays() {
        // Friday 23 Oct + 1 school day jumps the half-term week to Monday 2 Nov
        assertThat(calendar.addSchoolDays(LocalDate.of(2026, 10, 23), 1)).isEqualTo(LocalDate.of(2026, 11, 2));
        // Wednesday 25 Nov + 3: Thu 26, (Fri 27 INSET), Mon 30, Tue 1 Dec
        assertThat(calendar.addSchoolDays(LocalDate.of(2026, 11, 25), 3)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void deadlinesCrossTheChristmasHolidays() {
        assertThat(calendar.addSchoolDays(LocalDate.of(2026, 12, 17), 2)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void countsSchoolDaysBetweenDatesInEitherDirection() {
        assertThat(calendar.schoolDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(4);
        assertThat(calendar.schoolDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 20))).isEqualTo(-4);
    }

    @Test
    void refusesToSearchForeverWithoutFutureTerms() {
        assertThatThrownBy(() -> calendar.addSchoolDays(LocalDate.of(2027, 3, 25), 1))
                .hasMessageContaining("add the next terms' dates");
    }
}
