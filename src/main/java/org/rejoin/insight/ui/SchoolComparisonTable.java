package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.rejoin.insight.SchoolComparison.Row;
import org.rejoin.pupil.AttendancePercent;

/**
 * A local authority's schools side by side, lowest attendance first so the schools needing the most
 * support come to the top; each school's name opens the overview of that school.
 */
class SchoolComparisonTable extends FigureTable {

    /** The targeting feature's page of one school's termly meeting (its route, {@code targeting/:schoolId}). */
    static final String TARGETING = "targeting/";

    SchoolComparisonTable(List<Row> rows) {
        super("Schools compared, lowest attendance first", "School", "Attendance this year", "Persistently absent (pupils)",
                "Understanding the barriers (cases)", "Support plan (cases)", "Overdue steps", "Open referrals",
                "Referrals past answer-by date", "Reviews due this week", "Termly meeting");
        List<Row> sorted = rows.stream().sorted((a, b) -> Double.compare(
                a.attendance().attendancePercent(), b.attendance().attendancePercent())).toList();
        for (Row row : sorted) {
            var school = new RouterLink(row.school().name(), OverviewView.class);
            school.setQueryParameters(QueryParameters.simple(Map.of("school", row.school().id().toString())));
            school.getElement().setAttribute("aria-label", "Overview of " + row.school().name());
            addLinked(school, text(AttendancePercent.format(row.attendance().attendancePercent())),
                    text(row.attendance().persistentlyAbsent() + " ("
                            + AttendancePercent.format(row.attendance().persistentAbsenceRate()) + ")"),
                    text(row.understanding()), text(row.supportPlan()), text(row.overdueSteps()),
                    text(row.openReferrals()), text(row.referralsPastAnswerBy()), text(row.reviewsDueThisWeek()),
                    meetingPack(row));
        }
        if (rows.isEmpty()) {
            addNothing("Your local authority has no schools in Rejoin yet.", 10);
        }
    }

    static Anchor meetingPack(Row row) {
        var pack = new Anchor(TARGETING + row.school().id(), "Meeting pack");
        pack.getElement().setAttribute("aria-label", "Targeting support meeting pack of " + row.school().name());
        return pack;
    }

    private static Span text(long value) {
        return new Span(String.valueOf(value));
    }

    private static Span text(String value) {
        return new Span(value);
    }
}
