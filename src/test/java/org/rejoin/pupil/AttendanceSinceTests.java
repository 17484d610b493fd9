package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A pupil's attendance added up from a date on (what the support plan's follow-up check reads), on PostgreSQL. */
@org.rejoin.RejoinTest
class AttendanceSinceTests {

    @Autowired
    TestData data;
    @Autowired
    PupilService pupils;

    UUID pupil;
    LocalDate monday;

    @BeforeEach
    void aPupilWithFourWeeks() {
        pupil = data.pupil(data.school(), "Totals");
        monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(4);
        pupils.recordAttendance(List.of(week(monday, 10, 2), week(monday.plusWeeks(1), 10, 9),
                week(monday.plusWeeks(2), 8, 8), week(monday.plusWeeks(3), 10, 10)));
    }

    @Test
    void addsUpOnlyTheWeeksStartingOnOrAfterTheDate() {
        AttendanceTotals fromWednesday = pupils.attendanceSince(pupil, monday.plusDays(2));

        assertThat(fromWednesday.weeks()).isEqualTo(3);
        assertThat(fromWednesday.present()).isEqualTo(27);
        assertThat(fromWednesday.possible()).isEqualTo(28);
        assertThat(fromWednesday.percent()).isCloseTo(96.43, org.assertj.core.data.Offset.offset(0.01));
        assertThat(pupils.attendanceSince(pupil, monday).present()).isEqualTo(29);
    }

    @Test
    void nothingRecordedSinceIsSaidSoRatherThanCountedAsFullAttendance() {
        AttendanceTotals none = pupils.attendanceSince(pupil, monday.plusWeeks(4));

        assertThat(none.weeks()).isZero();
        assertThat(none.anyRecorded()).isFalse();
    }

    private AttendanceWeek week(LocalDate weekStarting, int possible, int present) {
        return new AttendanceWeek(pupil, weekStarting, possible, present, 0, possible - present, 0, null);
    }
}
