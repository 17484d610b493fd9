package org.rejoin.pupil.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.ImportResult.LineError;

/** A week starting after today is refused, today being the app's (which the demo sets back), not the wall clock's. */
class AttendanceWeeksInTheFutureTests {

    @Test
    void aWeekStartingAfterTheAppsTodayIsRefusedEvenWhenTheWallClockHasReachedIt() throws Exception {
        LocalDate today = LocalDate.now().minusWeeks(4);
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        var read = AttendanceCsvReader.of(file(nextMonday)).read(n -> { }, today);

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).extracting(LineError::message)
                .containsExactly("Week starting " + nextMonday + " is in the future");
    }

    @Test
    void theWeekOfTheAppsTodayIsRead() throws Exception {
        LocalDate today = LocalDate.now().minusWeeks(4);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        var read = AttendanceCsvReader.of(file(monday)).read(n -> { }, today);

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).hasSize(1);
    }

    private static byte[] file(LocalDate week) {
        return ("UPN,Week starting,Sessions possible,Present,Authorised absence,Unauthorised absence,Late\n"
                + TestData.randomUpn() + "," + week + ",10,8,1,1,0\n").getBytes(StandardCharsets.UTF_8);
    }
}
