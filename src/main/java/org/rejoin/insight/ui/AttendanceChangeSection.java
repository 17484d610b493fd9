package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.rejoin.base.ui.FigureChart;
import org.rejoin.base.ui.FigureChart.Category;
import org.rejoin.base.ui.FigureChart.Series;
import org.rejoin.base.ui.FigureUnit;
import org.rejoin.insight.Outcomes;
import org.rejoin.pupil.AttendanceChangeTotals;
import org.rejoin.security.Oversight;

/**
 * Attendance before and since each case opened in the last 12 months: the whole (sessions added up), how
 * many cases improved or got worse, and every case in a list paged in the database, worst change first.
 */
class AttendanceChangeSection extends VerticalLayout {

    final FigureChart beforeAndSince = new FigureChart(FigureChart.Type.BAR,
            "Attendance before and since cases opened (last 12 months)", "When", "Attendance");
    final FigureChart changes = new FigureChart(FigureChart.Type.BAR,
            "How attendance changed, cases opened in the last 12 months", "Change", "Cases");
    final CaseAttendanceGrid cases;

    AttendanceChangeSection(Outcomes outcomes, Oversight scope, boolean linkToCases) {
        setPadding(false);
        AttendanceChangeTotals totals = outcomes.attendanceTotals(scope);
        beforeAndSince.setEmptyText("No case opened in the last 12 months has attendance recorded both before "
                + "and since it opened yet.");
        beforeAndSince.show(totals.compared() == 0 ? List.of()
                        : List.of(Category.of("Six school weeks before the case opened", "Six weeks before"),
                                Category.of("Since the case opened", "Since")),
                totals.compared() == 0 ? List.of() : List.of(Series.drawn("Attendance", FigureUnit.PERCENT,
                        List.of(totals.beforePercent(), totals.sincePercent()))),
                beforeAndSinceSummary(totals));
        changes.setEmptyText("No case was opened in the last 12 months.");
        changes.show(totals.total() == 0 ? List.of() : List.of(Category.of("Improved"), Category.of("About the same"),
                        Category.of("Worse"), Category.of("Not enough attendance yet", "Not yet")),
                totals.total() == 0 ? List.of() : List.of(Series.drawn("Cases", FigureUnit.COUNT, List.of(
                        (double) totals.improved(), (double) totals.aboutTheSame(), (double) totals.worse(),
                        (double) totals.notYet()))),
                changesSummary(totals));
        cases = new CaseAttendanceGrid(outcomes, scope, linkToCases);
        add(new H2("Attendance before and since a case opened"), new Paragraph(
                "For each case opened in the last 12 months: attendance in the six school weeks before it opened "
                        + "(the latest six weeks with sessions whose Monday is before the day it opened, so the "
                        + "week that raised the concern counts as before) against every week since (Monday on or "
                        + "after that day, up to the day it closed). Percentages add up the sessions of the cases "
                        + "with attendance on both sides. A change of less than one percentage point either way "
                        + "counts as about the same."),
                beforeAndSince, changes, new H3("Each case, the biggest fall first"), cases);
    }

    static String beforeAndSinceSummary(AttendanceChangeTotals totals) {
        if (totals.compared() == 0) {
            return "No case opened in the last 12 months has attendance on both sides yet.";
        }
        return "Attendance of the " + cases(totals.compared()) + " with attendance recorded on both sides: "
                + FigureUnit.PERCENT.format(totals.beforePercent()) + " in the six school weeks before each opened, "
                + FigureUnit.PERCENT.format(totals.sincePercent()) + " since.";
    }

    static String changesSummary(AttendanceChangeTotals totals) {
        if (totals.total() == 0) {
            return "No case was opened in the last 12 months.";
        }
        return "Of " + cases(totals.total()) + " opened in the last 12 months: " + totals.improved() + " improved, "
                + totals.aboutTheSame() + " about the same, " + totals.worse() + " worse, " + totals.notYet()
                + " without enough attendance yet to compare.";
    }

    private static String cases(long n) {
        return n + (n == 1 ? " case" : " cases");
    }
}
