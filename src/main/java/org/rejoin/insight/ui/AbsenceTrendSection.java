package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.rejoin.base.ui.FigureChart;
import org.rejoin.base.ui.FigureChart.Category;
import org.rejoin.base.ui.FigureChart.Series;
import org.rejoin.base.ui.FigureUnit;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AbsenceWeek;

/**
 * Persistent and severe absence so far each school year, week by week over this school year and last; the
 * line breaks where a school year starts, the counts starting again from nothing in August.
 */
class AbsenceTrendSection extends VerticalLayout {

    final FigureChart chart = new FigureChart(FigureChart.Type.LINE,
            "Pupils persistently and severely absent so far each school year, week by week", "Week starting",
            "Share of pupils");

    AbsenceTrendSection(List<AbsenceWeek> weeks, boolean manySchools) {
        setPadding(false);
        chart.setEmptyText("No attendance has been recorded this school year or last.");
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            AbsenceWeek week = weeks.get(i);
            Category category = Category.of(UkDates.format(week.weekStarting()));
            boolean newYear = i > 0 && !week.schoolYearStart().equals(weeks.get(i - 1).schoolYearStart());
            categories.add(newYear ? category.startingAgain() : category);
        }
        List<Series> series = new ArrayList<>(List.of(
                Series.drawn("Persistently absent (missing 10% or more)", FigureUnit.PERCENT,
                        values(weeks, AbsenceWeek::persistentPercent)),
                Series.drawn("Severely absent (missing 50% or more)", FigureUnit.PERCENT,
                        values(weeks, AbsenceWeek::severePercent)),
                Series.tableOnly("Pupils with sessions", FigureUnit.COUNT, values(weeks, AbsenceWeek::pupils))));
        if (manySchools) {
            series.add(Series.tableOnly("Schools that recorded this week", FigureUnit.COUNT,
                    values(weeks, AbsenceWeek::schoolsRecorded)));
        }
        chart.show(categories, series, summary(weeks));
        add(new H2("Persistent absence over time"), new Paragraph("The share of pupils with sessions this school "
                + "year who have missed 10% or more of them so far (persistently absent) and 50% or more (severely "
                + "absent), as it stood at the end of each week recorded, this school year and last. School years "
                + "start in August." + (manySchools ? " A school that has not recorded a week yet counts with its "
                + "latest week before it." : "")), chart);
    }

    static String summary(List<AbsenceWeek> weeks) {
        if (weeks.isEmpty()) {
            return "No attendance has been recorded this school year or last.";
        }
        AbsenceWeek latest = weeks.getLast();
        var text = new StringBuilder("Pupils persistently absent so far each school year, week by week from ")
                .append(UkDates.formatInWords(weeks.getFirst().weekStarting())).append(" to ")
                .append(UkDates.formatInWords(latest.weekStarting())).append(". Latest: ")
                .append(FigureUnit.PERCENT.format(latest.persistentPercent())).append(" persistently absent, ")
                .append(FigureUnit.PERCENT.format(latest.severePercent())).append(" severely absent.");
        weeks.stream().filter(w -> !w.schoolYearStart().equals(latest.schoolYearStart()))
                .reduce((first, second) -> second)
                .ifPresent(end -> text.append(" Last school year ended at ")
                        .append(FigureUnit.PERCENT.format(end.persistentPercent())).append(" and ")
                        .append(FigureUnit.PERCENT.format(end.severePercent())).append('.'));
        return text.toString();
    }

    private static <T> List<Double> values(List<T> rows, ToDoubleFunction<T> value) {
        return rows.stream().map(row -> value.applyAsDouble(row)).toList();
    }
}
