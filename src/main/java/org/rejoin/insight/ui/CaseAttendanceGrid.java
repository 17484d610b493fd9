package org.rejoin.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Locale;
import org.rejoin.base.ui.FigureUnit;
import org.rejoin.base.ui.UkDates;
import org.rejoin.insight.Outcomes;
import org.rejoin.pupil.AttendanceBeforeAndSince;
import org.rejoin.security.Oversight;

/**
 * Every case opened in the last 12 months with its attendance before and since, paged and sorted in the
 * database (worst change first until a column is sorted). A leader opens the case from the pupil's name; a
 * local authority officer sees the school instead, the case record staying with the school.
 */
class CaseAttendanceGrid extends Grid<AttendanceBeforeAndSince> {

    CaseAttendanceGrid(Outcomes outcomes, Oversight scope, boolean linkToCases) {
        super(AttendanceBeforeAndSince.class, false);
        if (linkToCases) {
            addComponentColumn(c -> new Anchor("cases/" + c.key(), c.pupilName())).setHeader("Pupil")
                    .setKey("pupil").setSortProperty("pupil").setAutoWidth(true);
        } else {
            addColumn(AttendanceBeforeAndSince::pupilName).setHeader("Pupil").setKey("pupil")
                    .setSortProperty("pupil").setAutoWidth(true);
            addColumn(AttendanceBeforeAndSince::schoolName).setHeader("School").setKey("school")
                    .setSortProperty("school").setAutoWidth(true);
        }
        addColumn(c -> UkDates.format(c.from())).setHeader("Opened").setSortProperty("from");
        addColumn(c -> c.until() == null ? "Open" : UkDates.format(c.until())).setHeader("Closed");
        addColumn(c -> FigureUnit.PERCENT.format(c.beforePercent())).setHeader("6 weeks before").setKey("before")
                .setSortProperty("before").setAutoWidth(true);
        addColumn(c -> FigureUnit.PERCENT.format(c.sincePercent())).setHeader("Since").setKey("since")
                .setSortProperty("since");
        addColumn(CaseAttendanceGrid::change).setHeader("Change").setKey("change").setSortProperty("change")
                .setAutoWidth(true);
        setAriaLabel("Attendance before and since each case opened in the last 12 months");
        setEmptyStateComponent(new Span("No case was opened in the last 12 months."));
        setAllRowsVisible(false);
        setHeight("24rem");
        setItems(query -> outcomes.attendanceByCase(scope, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
    }

    /** "Up 23.3 points", "Down 35.0 points", "About the same", in words so no colour is needed. */
    static String change(AttendanceBeforeAndSince c) {
        return switch (c.direction()) {
            case NOT_YET -> "Not enough attendance yet";
            case ABOUT_THE_SAME -> "About the same";
            case IMPROVED -> String.format(Locale.UK, "Up %.1f points", c.change());
            case WORSE -> String.format(Locale.UK, "Down %.1f points", -c.change());
        };
    }
}
