package org.rejoin.attendance;

import java.time.LocalDate;

/** One week of a pupil's register: the week's own sessions and the school year's so far. */
public record RegisterWeek(LocalDate weekStarting, RegisterTotals week, RegisterTotals yearToDate) {
}
