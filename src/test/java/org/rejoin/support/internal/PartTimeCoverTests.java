package org.rejoin.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** C2 marks against signed-off part-time timetables: a day is covered from the start date to the end date. */
class PartTimeCoverTests {

    static final LocalDate START = LocalDate.of(2025, 11, 3);
    static final LocalDate END = LocalDate.of(2025, 11, 14);

    @Test
    void c2DaysInsideASignedOffTimetableAreCoveredAndTheDaysJustOutsideAreFlagged() {
        var days = new TreeSet<>(List.of(START.minusDays(3), START, END, END.plusDays(3)));

        assertThat(PartTimeCover.uncovered(days, List.of(new PartTimeCover.Period(START, END))))
                .containsExactly(START.minusDays(3), END.plusDays(3));
    }

    @Test
    void withoutASignedOffTimetableEveryC2DayIsFlagged() {
        var days = new TreeSet<>(List.of(START, END));

        assertThat(PartTimeCover.uncovered(days, List.of())).containsExactly(START, END);
    }

    @Test
    void twoTimetablesCoverTheirOwnDays() {
        var second = new PartTimeCover.Period(END.plusDays(10), END.plusDays(20));
        var days = new TreeSet<>(List.of(START, END.plusDays(5), END.plusDays(12)));

        assertThat(PartTimeCover.uncovered(days, List.of(new PartTimeCover.Period(START, END), second)))
                .containsExactly(END.plusDays(5));
    }
}
