package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.attendance.ThresholdFacts;
import org.rejoin.attendance.internal.ThresholdCount.DayMarks;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolCalendar.DateRange;

/**
 * The statutory threshold facts at their boundaries, on a calendar with an autumn half term (27–31 October
 * 2025), the Christmas holidays and an INSET day (Monday 5 January 2026).
 */
class ThresholdCountTests {

    static final SchoolCalendar CALENDAR = new SchoolCalendar(
            List.of(new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19)),
                    new DateRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27))),
            List.of(new DateRange(LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31)),
                    new DateRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5))),
            Set.of());
    static final UUID PUPIL = UUID.randomUUID();
    static final String UNAUTHORISED = "UNAUTHORISED_ABSENCE";
    static final String PRESENT = "PRESENT";

    final Map<LocalDate, Map<String, String>> marks = new HashMap<>();

    // (a) 10 or more unauthorised sessions in 10 school weeks

    @Test
    void tenSchoolWeeksSkipAHalfTermWeekWithNoSchoolDay() {
        // back from the week of 8 December: Dec 8, 1; Nov 24, 17, 10, 3; (half term skipped) Oct 20, 13, 6; Sep 29
        assertThat(ThresholdCount.periodStart(LocalDate.of(2025, 12, 12), CALENDAR)).isEqualTo(LocalDate.of(2025, 9, 29));
    }

    @Test
    void thePeriodSpansTheChristmasHolidaysIntoTheTermBefore() {
        // Jan 12, Jan 5 (INSET Monday, still a school week); (two holiday weeks skipped) Dec 15, 8, 1; Nov 24, 17,
        // 10, 3; (half term skipped) Oct 20
        assertThat(ThresholdCount.periodStart(LocalDate.of(2026, 1, 16), CALENDAR)).isEqualTo(LocalDate.of(2025, 10, 20));
    }

    @Test
    void nineOrTenUnauthorisedSessionsInAnyMixAreCounted() {
        LocalDate asOf = LocalDate.of(2025, 12, 12);
        unauthorisedOn(LocalDate.of(2025, 12, 1), "AM", "PM");   // 2
        unauthorisedOn(LocalDate.of(2025, 11, 20), "AM");        // 3
        unauthorisedOn(LocalDate.of(2025, 11, 3), "AM", "PM");   // 5
        unauthorisedOn(LocalDate.of(2025, 10, 6), "AM", "PM");   // 7
        unauthorisedOn(LocalDate.of(2025, 10, 7), "PM");         // 8
        unauthorisedOn(LocalDate.of(2025, 12, 12), "AM");        // 9
        assertThat(count(asOf).unauthorisedSessions()).isEqualTo(9);

        unauthorisedOn(LocalDate.of(2025, 12, 12), "AM", "PM");  // 10
        assertThat(count(asOf).unauthorisedSessions()).isEqualTo(10);
    }

    @Test
    void aSessionOnTheFirstDayOfThePeriodIsInsideAndOneTheFridayBeforeIsOutside() {
        LocalDate asOf = LocalDate.of(2025, 12, 12);
        for (int day = 1; day <= 4; day++) {
            unauthorisedOn(LocalDate.of(2025, 12, day), "AM", "PM"); // 8
        }
        unauthorisedOn(LocalDate.of(2025, 9, 29), "AM");            // 9: Monday of the 10th school week back
        assertThat(count(asOf).unauthorisedSessions()).isEqualTo(9);
        unauthorisedOn(LocalDate.of(2025, 9, 26), "AM", "PM");      // the Friday before: outside
        assertThat(count(asOf).unauthorisedSessions()).isEqualTo(9);
        unauthorisedOn(LocalDate.of(2025, 9, 29), "AM", "PM");      // 10: inside
        assertThat(count(asOf)).extracting(ThresholdFacts::unauthorisedSessions, ThresholdFacts::periodStart)
                .containsExactly(10, LocalDate.of(2025, 9, 29));
    }

    @Test
    void marksAfterTheDayAskedAboutAreNotCounted() {
        unauthorisedOn(LocalDate.of(2025, 12, 15), "AM", "PM");
        assertThat(count(LocalDate.of(2025, 12, 12)).unauthorisedSessions()).isZero();
    }

    // (b) 10 or more continuous school days of unexplained or unauthorised absence

    @Test
    void tenSchoolDaysInARowAcrossAWeekendReachTheThresholdOnTheTenth() {
        absentEverySchoolDay(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 14));

        ThresholdFacts facts = count(LocalDate.of(2025, 11, 14));

        assertThat(facts).extracting(ThresholdFacts::continuousDaysAbsent, ThresholdFacts::runStart,
                ThresholdFacts::tenthDay).containsExactly(10, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 14));
    }

    @Test
    void nineSchoolDaysAreBelowIt() {
        absentEverySchoolDay(LocalDate.of(2025, 11, 4), LocalDate.of(2025, 11, 14));

        assertThat(count(LocalDate.of(2025, 11, 14))).extracting(ThresholdFacts::continuousDaysAbsent,
                ThresholdFacts::tenthDay).containsExactly(9, null);
    }

    @Test
    void anInsetDayOrAHalfTermDoesNotBreakTheRun() {
        // 20–24 October, half term 27–31 October, then 3–7 November: ten school days
        absentEverySchoolDay(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 7));
        assertThat(count(LocalDate.of(2025, 11, 7))).extracting(ThresholdFacts::continuousDaysAbsent,
                ThresholdFacts::tenthDay).containsExactly(10, LocalDate.of(2025, 11, 7));

        // across the Christmas holidays and the INSET Monday 5 January: 15–19 December, 6–10 January
        marks.clear();
        absentEverySchoolDay(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 9));
        assertThat(count(LocalDate.of(2026, 1, 9))).extracting(ThresholdFacts::continuousDaysAbsent,
                ThresholdFacts::tenthDay).containsExactly(9, null);
        absentEverySchoolDay(LocalDate.of(2025, 12, 12), LocalDate.of(2025, 12, 12));
        assertThat(count(LocalDate.of(2026, 1, 9))).extracting(ThresholdFacts::continuousDaysAbsent,
                ThresholdFacts::tenthDay).containsExactly(10, LocalDate.of(2026, 1, 9));
    }

    @Test
    void aDayInSchoolOrHalfInSchoolBreaksTheRun() {
        absentEverySchoolDay(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 14));
        marks.get(LocalDate.of(2025, 11, 5)).put("PM", PRESENT);

        assertThat(count(LocalDate.of(2025, 11, 14)).continuousDaysAbsent()).isEqualTo(7);
    }

    @Test
    void aSchoolDayWithNoMarkBreaksTheRun() {
        absentEverySchoolDay(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 14));
        marks.remove(LocalDate.of(2025, 11, 10));

        assertThat(count(LocalDate.of(2025, 11, 14)).continuousDaysAbsent()).isEqualTo(4);
    }

    private ThresholdFacts count(LocalDate asOf) {
        Map<LocalDate, DayMarks> days = new HashMap<>();
        marks.forEach((day, sessions) -> days.put(day, new DayMarks(Map.copyOf(sessions))));
        return ThresholdCount.count(PUPIL, asOf, days, CALENDAR);
    }

    private void unauthorisedOn(LocalDate day, String... sessions) {
        for (String session : sessions) {
            marks.computeIfAbsent(day, d -> new HashMap<>()).put(session, UNAUTHORISED);
        }
    }

    private void absentEverySchoolDay(LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (CALENDAR.isSchoolDay(day)) {
                unauthorisedOn(day, "AM", "PM");
            }
        }
    }
}
