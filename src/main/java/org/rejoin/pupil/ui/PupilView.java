package org.rejoin.pupil.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rejoin.base.ui.AttendanceChart;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.RouteIds;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendancePercent;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.PupilDetails;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Role;

/** One pupil: who they are and their attendance week by week. Out of scope reads as "not found". */
@Route(value = "pupils/:pupilId", layout = MainLayout.class)
@PageTitle("Pupil | Rejoin")
@RolesAllowed({"ATTENDANCE_CHAMPION", "SCHOOL_STAFF", "LEADER"})
public class PupilView extends VerticalLayout implements BeforeEnterObserver {

    private final transient PupilService pupils;
    private final transient SchoolService schools;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    final AttendanceChart chart = new AttendanceChart();

    public PupilView(PupilService pupils, SchoolService schools, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.pupils = pupils;
        this.schools = schools;
        this.currentUser = currentUser;
        chart.setId("attendance-chart");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = RouteIds.uuid(event, "pupilId").orElse(null);
        PupilDetails pupil = id == null ? null : pupils.open(currentUser.require(), id).orElse(null);
        if (pupil == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(pupil);
    }

    private void show(PupilDetails pupil) {
        removeAll();
        add(new H1(pupil.fullName()),
                new Paragraph("UPN " + pupil.upn() + " · Year " + pupil.yearGroup() + " · " + pupil.senStatus().label()
                        + " · born " + UkDates.format(pupil.dateOfBirth()) + " · " + pupil.schoolName()),
                new Paragraph("Attendance this year: " + AttendancePercent.format(pupil.attendancePercent())
                        + " (" + pupil.sessionsPresent() + " of " + pupil.sessionsPossible() + " sessions)"),
                new H2("Week by week"), chart, weeks(pupil));
        chart.setWeeks(thisSchoolYear(pupil));
        if (currentUser.require().hasRole(Role.ATTENDANCE_CHAMPION)) {
            // the casework feature's page, by address: pupil records do not depend on casework
            addComponentAtIndex(3, new Anchor("cases/new?pupil=" + pupil.id(), "Open a case for this pupil"));
        }
    }

    /** The chart shows this school year's weeks that had sessions (a week with none has no percentage). */
    private List<AttendanceChart.Week> thisSchoolYear(PupilDetails pupil) {
        LocalDate yearStart = schools.schoolYearStart(pupil.schoolId(), LocalDate.now(clock));
        return pupil.weeks().stream()
                .filter(w -> w.sessionsPossible() > 0 && !w.weekStarting().plusDays(6).isBefore(yearStart))
                .map(w -> new AttendanceChart.Week(w.weekStarting(), w.attendancePercent()))
                .toList();
    }

    private static Grid<AttendanceWeek> weeks(PupilDetails pupil) {
        var grid = new Grid<AttendanceWeek>(AttendanceWeek.class, false);
        grid.addColumn(w -> UkDates.format(w.weekStarting())).setHeader("Week starting");
        grid.addColumn(AttendanceWeek::sessionsPossible).setHeader("Possible").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(AttendanceWeek::present).setHeader("Present").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(AttendanceWeek::authorisedAbsence).setHeader("Authorised absence").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(AttendanceWeek::unauthorisedAbsence).setHeader("Unauthorised absence").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(AttendanceWeek::late).setHeader("Late").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(w -> AttendancePercent.format(w.attendancePercent())).setHeader("Attendance")
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(pupil.weeks()); // one pupil's weeks: at most 52 rows a year
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Weekly attendance");
        return grid;
    }
}
