package org.rejoin.base.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The attendance chart in one or two sentences, for screen readers: what a sighted reader takes from it. */
final class ChartSummary {

    private ChartSummary() {
    }

    static String of(List<AttendanceChart.Week> weeks, List<AttendanceChart.Marker> markers) {
        if (weeks.isEmpty()) {
            return "Weekly attendance: no weeks recorded yet.";
        }
        AttendanceChart.Week lowest = weeks.stream().min(Comparator.comparingDouble(AttendanceChart.Week::percent))
                .orElseThrow();
        long persistent = weeks.stream().filter(w -> w.percent() <= AttendanceChart.PERSISTENT_ABSENCE).count();
        var text = new StringBuilder("Weekly attendance from ")
                .append(UkDates.formatInWords(weeks.getFirst().weekStarting())).append(" to ")
                .append(UkDates.formatInWords(weeks.getLast().weekStarting())).append(": latest ")
                .append(percent(weeks.getLast().percent())).append(", lowest ").append(percent(lowest.percent()))
                .append(" (week starting ").append(UkDates.formatInWords(lowest.weekStarting())).append("); ")
                .append(persistent).append(" of ").append(weeks.size()).append(weeks.size() == 1 ? " week" : " weeks")
                .append(" at or below 90%.");
        if (!markers.isEmpty()) {
            text.append(" Marked: ").append(markers.stream().map(ChartSummary::describe)
                    .collect(Collectors.joining("; "))).append('.');
        }
        return text.toString();
    }

    static String percent(double value) {
        return Math.abs(value - Math.rint(value)) < 0.05
                ? String.format(Locale.UK, "%.0f%%", value)
                : String.format(Locale.UK, "%.1f%%", value);
    }

    static String describe(AttendanceChart.Marker marker) {
        return marker.isSingleDate()
                ? marker.label() + " on " + UkDates.formatInWords(marker.from())
                : marker.label() + " from " + UkDates.formatInWords(marker.from()) + " to "
                        + UkDates.formatInWords(marker.to());
    }
}
