package org.rejoin.attendance;

import java.time.LocalDate;

/** One session the register marks as an absence (authorised or not), with its 2024 code. */
public record RegisterAbsence(LocalDate date, String session, AttendanceCode code) {
}
