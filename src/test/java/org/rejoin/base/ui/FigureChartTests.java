package org.rejoin.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.base.ui.FigureChart.Category;
import org.rejoin.base.ui.FigureChart.Series;

/** The generic chart's server side: what it sends to Chart.js, what screen readers hear and its table. */
class FigureChartTests {

    private final FigureChart chart = new FigureChart(FigureChart.Type.LINE, "Absence by week", "Week starting",
            "Pupils");

    @Test
    void drawnSeriesGoToTheBrowserEachWithItsOwnColourDashAndPoint() throws Exception {
        chart.show(List.of(Category.of("7 Sept 2026", "7 Sept"), Category.of("14 Sept 2026", "14 Sept").startingAgain()),
                List.of(Series.drawn("Persistent", FigureUnit.PERCENT, List.of(12.5, 14.0)),
                        Series.drawn("Severe", FigureUnit.PERCENT, Arrays.asList(2.0, null)),
                        Series.tableOnly("Pupils", FigureUnit.COUNT, List.of(40.0, 41.0))),
                "Persistent absence rose from 12.5% to 14.0%.");

        JsonNode config = new ObjectMapper().readTree(chart.getElement().getProperty("config"));
        assertThat(config.get("type").asText()).isEqualTo("line");
        assertThat(config.get("summary").asText()).isEqualTo("Persistent absence rose from 12.5% to 14.0%.");
        assertThat(config.get("labels").findValuesAsText("")).isEmpty();
        assertThat(config.get("labels").get(1).asText()).isEqualTo("14 Sept");
        assertThat(config.get("names").get(1).asText()).isEqualTo("14 Sept 2026");
        assertThat(config.get("breaks").get(1).asBoolean()).isTrue();
        JsonNode datasets = config.get("datasets");
        assertThat(datasets).hasSize(2);
        assertThat(datasets.get(1).get("data").get(1).isNull()).isTrue();
        assertThat(datasets.get(0).get("colour").asText()).isNotEqualTo(datasets.get(1).get("colour").asText());
        assertThat(datasets.get(0).get("dash")).isEmpty();
        assertThat(datasets.get(1).get("dash")).isNotEmpty();
        assertThat(datasets.get(0).get("point").asText()).isNotEqualTo(datasets.get(1).get("point").asText());
    }

    @Test
    void theTableHoldsEverySeriesIncludingTableOnlyOnesWithScopedHeadings() {
        chart.show(List.of(Category.of("7 Sept 2026")), List.of(Series.drawn("Persistent", FigureUnit.PERCENT,
                        List.of(12.5)), Series.drawn("Median", FigureUnit.DAYS, Arrays.asList((Double) null)),
                Series.tableOnly("Pupils", FigureUnit.COUNT, List.of(40.0))), "summary");

        var head = chart.getTable().getHead().getRows().getFirst();
        assertThat(head.getHeaderCells()).extracting(c -> c.getElement().getText())
                .containsExactly("Week starting", "Persistent", "Median", "Pupils");
        assertThat(head.getHeaderCells()).allMatch(c -> "col".equals(c.getElement().getAttribute("scope")));
        assertThat(chart.getTable().rows()).containsExactly(List.of("7 Sept 2026", "12.5%", "none", "40"));
        assertThat(chart.getTable().getCaptionText()).isEqualTo("Absence by week");
        assertThat(chart.getTable().isVisible()).isTrue();
    }

    @Test
    void nothingToDrawIsOneSentenceInsteadOfTheTable() {
        chart.setEmptyText("No attendance recorded yet.");
        chart.show(List.of(), List.of(), "No attendance recorded yet.");

        assertThat(chart.getTable().isVisible()).isFalse();
        assertThat(chart.getNothingToShow().isVisible()).isTrue();
        assertThat(chart.getNothingToShow().getText()).isEqualTo("No attendance recorded yet.");

        chart.show(List.of(Category.of("a")), List.of(Series.drawn("x", FigureUnit.COUNT, List.of(1.0))), "s");
        assertThat(chart.getTable().isVisible()).isTrue();
        assertThat(chart.getNothingToShow().isVisible()).isFalse();
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        assertThatThrownBy(() -> chart.show(List.of(Category.of("a"), Category.of("b")),
                List.of(Series.drawn("x", FigureUnit.COUNT, List.of(1.0))), "s"))
                .hasMessage("Series 'x' has 1 values for 2 categories");
    }

    @Test
    void daysAndPercentagesReadAsPeopleWriteThem() {
        assertThat(FigureUnit.DAYS.format(1.0)).isEqualTo("1 day");
        assertThat(FigureUnit.DAYS.format(16.5)).isEqualTo("16.5 days");
        assertThat(FigureUnit.DAYS.format(20.0)).isEqualTo("20 days");
        assertThat(FigureUnit.PERCENT.format(66.6666)).isEqualTo("66.7%");
        assertThat(FigureUnit.COUNT.format(3.0)).isEqualTo("3");
    }
}
