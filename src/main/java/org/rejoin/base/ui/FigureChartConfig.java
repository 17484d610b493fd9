package org.rejoin.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code rejoin-figure-chart.js} draws, as the one JSON property it reads: only drawn series go. */
final class FigureChartConfig {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FigureChartConfig() {
    }

    static String json(FigureChart.Type type, String categoryTitle, String valueAxis,
                       List<FigureChart.Category> categories, List<FigureChart.Series> series, String summary) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type.name().toLowerCase(Locale.ROOT));
        config.put("summary", summary);
        config.put("categoryAxis", categoryTitle);
        config.put("valueAxis", valueAxis);
        config.put("labels", categories.stream().map(FigureChart.Category::axisLabel).toList());
        config.put("names", categories.stream().map(FigureChart.Category::name).toList());
        config.put("breaks", categories.stream().map(FigureChart.Category::breakBefore).toList());
        List<Map<String, Object>> datasets = new ArrayList<>();
        List<FigureChart.Series> drawn = series.stream().filter(FigureChart.Series::drawn).toList();
        for (int i = 0; i < drawn.size(); i++) {
            FigureChart.Series s = drawn.get(i);
            SeriesLook look = SeriesLook.of(i);
            Map<String, Object> dataset = new HashMap<>();
            dataset.put("label", s.name());
            dataset.put("unit", s.unit().suffix());
            dataset.put("decimals", s.unit().decimals());
            dataset.put("data", s.values());
            dataset.put("colour", look.colour());
            dataset.put("dash", look.dash());
            dataset.put("point", look.point());
            datasets.add(dataset);
        }
        config.put("datasets", datasets);
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The chart's figures cannot be sent to the browser", e);
        }
    }
}
