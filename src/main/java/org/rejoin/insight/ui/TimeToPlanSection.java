package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rejoin.base.ui.FigureChart;
import org.rejoin.base.ui.FigureChart.Category;
import org.rejoin.base.ui.FigureChart.Series;
import org.rejoin.base.ui.FigureUnit;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.TimeFromConcern;

/**
 * Days from a case opening (the first concern) to its support plan starting, for plans started in the last
 * 12 months: the median, how many in each span of weeks, and the median of each month.
 */
class TimeToPlanSection extends VerticalLayout {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", UkDates.LOCALE);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", UkDates.LOCALE);

    final Span median = new Span();
    final FigureChart spread = new FigureChart(FigureChart.Type.BAR,
            "Support plans started in the last 12 months, by time from first concern", "Time from first concern",
            "Plans");
    final FigureChart byMonth = new FigureChart(FigureChart.Type.BAR,
            "Median days from first concern to plan, by month the plan started", "Month", "Median days");

    /** {@code thisMonth} by the app's clock: the last of the 13 months shown. */
    TimeToPlanSection(TimeFromConcern time, YearMonth thisMonth) {
        setPadding(false);
        median.setText(time.count() == 0 ? "none yet" : FigureUnit.DAYS.format(time.medianDays()));
        median.addClassName("figure-value");
        var figure = new Div(median, new Span("Median time from first concern to plan (" + (time.count() == 0
                ? "no plan" : time.count() + (time.count() == 1 ? " plan" : " plans")) + " started in the last 12 months)"));
        figure.addClassName("figure");
        spread.setEmptyText("No support plan started in the last 12 months.");
        spread.show(time.count() == 0 ? List.of() : List.of(Category.of("Under 2 weeks"),
                        Category.of("2 to 4 weeks"), Category.of("4 to 8 weeks"), Category.of("8 weeks or more")),
                time.count() == 0 ? List.of() : List.of(Series.drawn("Plans", FigureUnit.COUNT, List.of(
                        (double) time.underTwoWeeks(), (double) time.twoToFourWeeks(),
                        (double) time.fourToEightWeeks(), (double) time.eightWeeksOrMore()))),
                spreadSummary(time));
        byMonth.setEmptyText("No support plan started in the last 12 months.");
        showMonths(time, thisMonth);
        // with no plan at all the figure says so once; two empty charts would only repeat it
        spread.setVisible(time.count() > 0);
        byMonth.setVisible(time.count() > 0);
        add(new H2("From first concern to a support plan"), new Paragraph("For each support plan started in the "
                + "last 12 months, the days from the day its case opened to the day the plan started."), figure,
                spread, byMonth);
    }

    private void showMonths(TimeFromConcern time, YearMonth now) {
        Map<YearMonth, TimeFromConcern.Month> months = time.byMonth().stream()
                .collect(Collectors.toMap(TimeFromConcern.Month::month, Function.identity()));
        List<Category> categories = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (YearMonth m = now.minusMonths(12); time.count() > 0 && !m.isAfter(now); m = m.plusMonths(1)) {
            categories.add(Category.of(MONTH.format(m), SHORT_MONTH.format(m)));
            TimeFromConcern.Month month = months.get(m);
            medians.add(month == null ? null : month.medianDays());
            counts.add(month == null ? 0.0 : month.count());
        }
        byMonth.show(categories, categories.isEmpty() ? List.of() : List.of(
                Series.drawn("Median days", FigureUnit.DAYS, medians),
                Series.tableOnly("Plans started", FigureUnit.COUNT, counts)), monthsSummary(time));
    }

    static String spreadSummary(TimeFromConcern time) {
        if (time.count() == 0) {
            return "No support plan started in the last 12 months.";
        }
        return time.count() + (time.count() == 1 ? " support plan" : " support plans") + " started in the last "
                + "12 months, a median of " + FigureUnit.DAYS.format(time.medianDays()) + " after the first concern: "
                + time.underTwoWeeks() + " within 2 weeks, " + time.twoToFourWeeks() + " in 2 to 4 weeks, "
                + time.fourToEightWeeks() + " in 4 to 8 weeks, " + time.eightWeeksOrMore() + " after 8 weeks or more.";
    }

    static String monthsSummary(TimeFromConcern time) {
        if (time.byMonth().isEmpty()) {
            return "No support plan started in the last 12 months.";
        }
        var slowest = time.byMonth().stream().max(Comparator.comparingDouble(TimeFromConcern.Month::medianDays))
                .orElseThrow();
        var quickest = time.byMonth().stream().min(Comparator.comparingDouble(TimeFromConcern.Month::medianDays))
                .orElseThrow();
        return "Median days from first concern to plan by month the plan started: longest "
                + FigureUnit.DAYS.format(slowest.medianDays()) + " (" + MONTH.format(slowest.month()) + "), shortest "
                + FigureUnit.DAYS.format(quickest.medianDays()) + " (" + MONTH.format(quickest.month()) + ").";
    }
}
