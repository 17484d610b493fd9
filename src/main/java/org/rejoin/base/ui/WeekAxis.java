package org.rejoin.base.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Dates on the chart's week axis, where week i (a category) spans i - 0.5 to i + 0.5, days in seventh parts. */
final class WeekAxis {

    private WeekAxis() {
    }

    /**
     * Where {@code date} sits, {@code dayFraction} of the way through that day (0 its start, 1 its end).
     * A date in a gap between weeks (a holiday) or after the last week sits on the boundary after the week before it.
     */
    static double at(List<AttendanceChart.Week> weeks, LocalDate date, double dayFraction) {
        int index = -1;
        for (int i = 0; i < weeks.size() && !weeks.get(i).weekStarting().isAfter(date); i++) {
            index = i;
        }
        if (index < 0) {
            return -0.5;
        }
        long days = ChronoUnit.DAYS.between(weeks.get(index).weekStarting(), date);
        if (days >= 7) {
            return index + 0.5;
        }
        return Math.round((index - 0.5 + (days + dayFraction) / 7.0) * 1000) / 1000.0;
    }

    /** Whether the marker covers any day of the week starting on that Monday. */
    static boolean overlaps(AttendanceChart.Marker marker, LocalDate weekStarting) {
        return !marker.to().isBefore(weekStarting) && !marker.from().isAfter(weekStarting.plusDays(6));
    }
}
