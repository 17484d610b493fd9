package org.rejoin.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line or bar chart of a few series over named categories (weeks, months, groups), drawn by Chart.js in
 * the browser ({@code rejoin-figure-chart.js}), with its figures in a visible table right under it. Screen
 * readers hear a summary sentence for the canvas; each series has its own colour (WCAG AA on white), dash
 * and point shape, bars carry their values, so colour never carries the meaning alone.
 */
@Tag("rejoin-figure-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./rejoin-figure-chart.js")
public class FigureChart extends Component implements HasSize {

    public enum Type { LINE, BAR }

    /**
     * One category on the axis: its full name (table, tooltip), a shorter axis label, and whether a line
     * breaks before it (a new school year starting the counts again is not a drop to join up).
     */
    public record Category(String name, String axisLabel, boolean breakBefore) {

        public static Category of(String name) {
            return new Category(name, name, false);
        }

        public static Category of(String name, String axisLabel) {
            return new Category(name, axisLabel, false);
        }

        public Category startingAgain() {
            return new Category(name, axisLabel, true);
        }
    }

    /** Values in category order (null where there is none); a table-only series adds a column, not a line. */
    public record Series(String name, FigureUnit unit, List<Double> values, boolean drawn) {

        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public static Series drawn(String name, FigureUnit unit, List<Double> values) {
            return new Series(name, unit, values, true);
        }

        public static Series tableOnly(String name, FigureUnit unit, List<Double> values) {
            return new Series(name, unit, values, false);
        }
    }

    private final Type type;
    private final String categoryTitle;
    private final String valueAxis;
    private final FigureChartTable table;
    private final Paragraph nothing = new Paragraph();
    private String emptyText = "Nothing to show yet.";
    private List<Category> categories = List.of();
    private List<Series> series = List.of();
    private String summary = "";

    /**
     * @param caption       what the chart shows, the table's caption
     * @param categoryTitle the category axis's title and the table's first heading ("Week starting")
     * @param valueAxis     the value axis's title ("Pupils persistently absent")
     */
    public FigureChart(Type type, String caption, String categoryTitle, String valueAxis) {
        this.type = type;
        this.categoryTitle = categoryTitle;
        this.valueAxis = valueAxis;
        this.table = new FigureChartTable(caption, categoryTitle);
        setWidthFull();
        nothing.addClassName("figure-chart-nothing");
        nothing.setVisible(false);
        getElement().appendChild(nothing.getElement(), table.getElement());
    }

    /** What the chart and its table say when there is nothing to draw. */
    public void setEmptyText(String emptyText) {
        this.emptyText = emptyText;
    }

    /** The figures, and the sentence a screen reader hears for the drawing. */
    public void show(List<Category> categories, List<Series> series, String summary) {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.summary = summary;
        table.show(this.categories, this.series);
        // nothing to draw: one sentence instead of an empty drawing and a table of headings
        table.setVisible(!categories.isEmpty());
        nothing.setText(emptyText);
        nothing.setVisible(categories.isEmpty());
        getElement().setProperty("config", FigureChartConfig.json(type, categoryTitle, valueAxis, this.categories,
                this.series, summary));
    }

    public String getSummary() {
        return summary;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public List<Series> getSeries() {
        return series;
    }

    /** The sentence shown instead of the chart and its table when there is nothing to draw. */
    public Paragraph getNothingToShow() {
        return nothing;
    }

    /** The visible table of the same figures. */
    public FigureChartTable getTable() {
        return table;
    }
}
