package org.rejoin.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.base.ui.AttendanceChart.Marker;
import org.rejoin.base.ui.AttendanceChart.Week;

/** The chart's server side: what it sends to Chart.js, what screen readers hear and its table of figures. */
class AttendanceChartTests {

    private static final LocalDate SEPT_8 = LocalDate.of(2025, 9, 8);

    private final AttendanceChart chart = new AttendanceChart();

    @Test
    void theSummaryGivesTheRangeTheLatestAndTheLowestWeek() {
        chart.setWeeks(List.of(new Week(SEPT_8.plusWeeks(1), 60), new Week(SEPT_8, 100),
                new Week(SEPT_8.plusWeeks(2), 72.2)));

        assertThat(chart.getSummary()).isEqualTo("Weekly attendance from 8 September 2025 to 22 September 2025: "
                + "latest 72.2%, lowest 60% (week starting 15 September 2025); 2 of 3 weeks at or below 90%.");
    }

    @Test
    void weeksAreSentOldestFirstWithShortUkLabelsAndBothThresholds() throws Exception {
        chart.setWeeks(List.of(new Week(SEPT_8.plusWeeks(1), 60), new Week(SEPT_8, 100)));

        JsonNode config = config();
        assertThat(config.get("weeks").findValuesAsText("label")).containsExactly("8 Sept", "15 Sept");
        assertThat(config.get("weeks").get(1).get("percent").asDouble()).isEqualTo(60);
        assertThat(config.get("weeks").get(1).get("date").asText()).isEqualTo("15 Sept 2025");
        assertThat(config.get("thresholds").findValues("value")).extracting(JsonNode::asDouble).containsExactly(90.0, 50.0);
        assertThat(config.get("summary").asText()).isEqualTo(chart.getSummary());
    }

    @Test
    void theTableAlternativeIsClosedAndHasOneRowPerWeek() {
        chart.setWeeks(List.of(new Week(SEPT_8, 100), new Week(SEPT_8.plusWeeks(1), 60)));

        assertThat(chart.getTableAlternative().getSummaryText()).isEqualTo("Show the figures as a table");
        assertThat(chart.getTableAlternative().isOpened()).isFalse();
        assertThat(cells(table().getHead().getRows().getFirst())).containsExactly("Week starting", "Attendance");
        assertThat(table().getBody().getRows()).extracting(AttendanceChartTests::cells)
                .containsExactly(List.of("8 Sept 2025", "100%"), List.of("15 Sept 2025", "60%"));
    }

    @Test
    void markersAreShadedOverTheirDaysAndListedInTheTableAndTheSummary() throws Exception {
        chart.setWeeks(List.of(new Week(SEPT_8, 100), new Week(SEPT_8.plusWeeks(1), 60), new Week(SEPT_8.plusWeeks(2), 80)));
        chart.setMarkers(List.of(new Marker(SEPT_8.plusDays(9), SEPT_8.plusDays(15), "Step 2: after-hours visit"),
                Marker.on(SEPT_8.plusDays(7), "Case opened"), Marker.on(LocalDate.of(2026, 1, 5), "Out of range")));

        JsonNode markers = config().get("markers");
        assertThat(markers).hasSize(2);
        // Wednesday of week 1 (its category spans 0.5 to 1.5) to the end of Tuesday of week 2
        assertThat(markers.get(0).get("xMin").asDouble()).isEqualTo(0.5 + 2 / 7.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(markers.get(0).get("xMax").asDouble()).isEqualTo(1.5 + 2 / 7.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(markers.get(1).get("single").asBoolean()).isTrue();
        assertThat(markers.get(1).get("x").asDouble()).isEqualTo(0.5 + 0.5 / 7, org.assertj.core.data.Offset.offset(0.001));
        assertThat(table().getBody().getRows()).extracting(row -> cells(row).get(2))
                .containsExactly("", "Step 2: after-hours visit; Case opened", "Step 2: after-hours visit");
        assertThat(chart.getSummary()).endsWith("Marked: Step 2: after-hours visit from 17 September 2025 to "
                + "23 September 2025; Case opened on 15 September 2025; Out of range on 5 January 2026.");
    }

    @Test
    void noWeeksSaysSo() throws Exception {
        chart.setWeeks(List.of());

        assertThat(chart.getSummary()).isEqualTo("Weekly attendance: no weeks recorded yet.");
        assertThat(config().get("weeks")).isEmpty();
        assertThat(table().getBody().getRows()).isEmpty();
    }

    @Test
    void aMarkerCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Marker(SEPT_8, SEPT_8.minusDays(1), "Backwards"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Week(SEPT_8, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    private JsonNode config() throws Exception {
        return new ObjectMapper().readTree(chart.getElement().getProperty("config"));
    }

    private NativeTable table() {
        return (NativeTable) chart.getTableAlternative().getContent().findFirst().orElseThrow();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getText()).toList();
    }
}
