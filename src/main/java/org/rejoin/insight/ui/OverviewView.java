package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.pupil.AttendancePercent;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.security.CurrentUser;

/** A leader's first look at their school: attendance and how many pupils are persistently absent. */
@Route(value = "overview", layout = MainLayout.class)
@PageTitle("Overview | Rejoin")
@Menu(order = 0, title = "Overview", icon = "vaadin:dashboard")
@RolesAllowed("LEADER")
public class OverviewView extends VerticalLayout {

    public OverviewView(PupilService pupils, CurrentUser currentUser) {
        SchoolFigures figures = pupils.figuresOfMySchool(currentUser.require());
        var row = new Div(
                figure("Pupils", String.valueOf(figures.pupils())),
                figure("Attendance this year", AttendancePercent.format(figures.attendancePercent())),
                figure("Persistently absent (missing 10% or more)",
                        figures.persistentlyAbsent() + " (" + AttendancePercent.format(figures.persistentAbsenceRate()) + ")"),
                figure("Severely absent (missing 50% or more)", String.valueOf(figures.severelyAbsent())));
        row.addClassName("figure-row");
        add(new H1("Overview"), row,
                new Paragraph("Case progress, overdue tasks and referrals will appear here as casework begins."));
    }

    private static Div figure(String label, String value) {
        var number = new Span(value);
        number.addClassName("figure-value");
        var figure = new Div(number, new Span(label));
        figure.addClassName("figure");
        return figure;
    }
}
