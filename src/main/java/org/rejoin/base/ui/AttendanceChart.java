package org.rejoin.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.details.Details;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pupil's attendance week by week, drawn by Chart.js in the browser ({@code rejoin-attendance-chart.js}):
 * one bar per week, lines at the DfE's thresholds (90% persistent, 50% severe absence) and optional
 * markers, shaded date ranges or single dates. Colour never carries meaning alone: the lines and
 * markers are labelled, the canvas has a spoken summary, and the figures are in a table below it.
 */
@Tag("rejoin-attendance-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@NpmPackage(value = "chartjs-plugin-annotation", version = "3.1.0")
@JsModule("./rejoin-attendance-chart.js")
public class AttendanceChart extends Component implements HasSize {

    /** At or below this a pupil is persistently absent (misses 10% or more). */
    public static final double PERSISTENT_ABSENCE = 90;
    /** At or below this a pupil is severely absent (misses 50% or more). */
    public static final double SEVERE_ABSENCE = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One school week: its Monday and the share of possible sessions attended (0–100). */
    public record Week(LocalDate weekStarting, double percent) {
        public Week {
            Objects.requireNonNull(weekStarting, "weekStarting");
            if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
                throw new IllegalArgumentException("Attendance is 0 to 100%, not " + percent);
            }
        }
    }

    /** A labelled date range shaded on the chart; {@code from == to} marks a single date. */
    public record Marker(LocalDate from, LocalDate to, String label) {
        public Marker {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(label, "label");
            to = to == null ? from : to;
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("A marker ends (" + to + ") before it starts (" + from + ")");
            }
        }

        public static Marker on(LocalDate date, String label) {
            return new Marker(date, date, label);
        }

        public boolean isSingleDate() {
            return from.equals(to);
        }
    }

    private final AttendanceTable table = new AttendanceTable();
    private final Details tableAlternative = new Details("Show the figures as a table", table);
    private List<Week> weeks = List.of();
    private List<Marker> markers = List.of();

    public AttendanceChart() {
        setWidthFull();
        tableAlternative.addClassName("rejoin-chart-table");
        getElement().appendChild(tableAlternative.getElement());
        update();
    }

    /** The weeks to draw, in any order (drawn oldest first). */
    public void setWeeks(List<Week> weeks) {
        this.weeks = weeks == null ? List.of()
                : weeks.stream().sorted(Comparator.comparing(Week::weekStarting)).toList();
        update();
    }

    public List<Week> getWeeks() {
        return weeks;
    }

    public void setMarkers(List<Marker> markers) {
        this.markers = markers == null ? List.of() : List.copyOf(markers);
        update();
    }

    public List<Marker> getMarkers() {
        return markers;
    }

    /** What a screen reader hears for the canvas (its {@code aria-label}). */
    public String getSummary() {
        return ChartSummary.of(weeks, markers);
    }

    /** The collapsed "Show the figures as a table" section under the chart. */
    public Details getTableAlternative() {
        return tableAlternative;
    }

    private void update() {
        table.show(weeks, markers);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("summary", getSummary());
        config.put("weeks", weeks.stream().map(w -> Map.of("label", UkDates.formatDayMonth(w.weekStarting()),
                "date", UkDates.format(w.weekStarting()), "percent", w.percent())).toList());
        config.put("markers", markers.stream().map(this::position).filter(Objects::nonNull).toList());
        config.put("thresholds", List.of(
                Map.of("value", PERSISTENT_ABSENCE, "label", "Persistent absence: 90% or below", "kind", "persistent"),
                Map.of("value", SEVERE_ABSENCE, "label", "Severe absence: 50% or below", "kind", "severe")));
        try {
            getElement().setProperty("config", JSON.writeValueAsString(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The chart's data cannot be sent to the browser", e);
        }
    }

    /** Where a marker sits on the category axis (week i spans i - 0.5 to i + 0.5); null when outside the weeks. */
    private Map<String, Object> position(Marker marker) {
        if (weeks.isEmpty() || marker.to().isBefore(weeks.getFirst().weekStarting())
                || marker.from().isAfter(weeks.getLast().weekStarting().plusDays(6))) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", marker.label());
        m.put("single", marker.isSingleDate());
        if (marker.isSingleDate()) {
            m.put("x", WeekAxis.at(weeks, marker.from(), 0.5));
        } else {
            m.put("xMin", WeekAxis.at(weeks, marker.from(), 0));
            m.put("xMax", WeekAxis.at(weeks, marker.to(), 1));
        }
        return m;
    }
}
