package org.rejoin.pupil.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.pupil.AttendancePercent;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.PupilSummary;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/** The pupils of my school with their attendance this school year; paged and sorted in the database. */
@Route(value = "pupils", layout = MainLayout.class)
@PageTitle("Pupils | Rejoin")
@Menu(order = 10, title = "Pupils", icon = "vaadin:child")
@RolesAllowed({"ATTENDANCE_CHAMPION", "SCHOOL_STAFF", "LEADER"})
public class PupilListView extends VerticalLayout {

    final TextField search = new TextField("Search by surname, first name or UPN");
    final Grid<PupilSummary> grid = new Grid<>(PupilSummary.class, false);

    public PupilListView(PupilService pupils, CurrentUser currentUser) {
        UserAccount user = currentUser.require();
        setSizeFull();

        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");

        grid.addColumn(PupilSummary::lastName).setHeader("Surname").setKey("lastName").setSortable(true);
        grid.addColumn(PupilSummary::firstName).setHeader("First name").setKey("firstName").setSortable(true);
        grid.addColumn(PupilSummary::upn).setHeader("UPN").setKey("upn").setSortable(true);
        grid.addColumn(PupilSummary::yearGroup).setHeader("Year").setKey("yearGroup").setSortable(true);
        grid.addColumn(p -> p.senStatus().label()).setHeader("SEN");
        grid.addComponentColumn(PupilListView::attendance).setHeader("Attendance").setKey("attendance")
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setTooltipGenerator(p -> "This school year so far");
        grid.setItems(query -> pupils.pupilsOfMySchool(user, search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("lastName")).build());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("pupils/" + e.getItem().id())));
        grid.setAriaLabel("Pupils");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H1("Pupils"), search, grid);
    }

    private static Span attendance(PupilSummary pupil) {
        var text = new Span(AttendancePercent.format(pupil.attendancePercent()));
        if (pupil.persistentlyAbsent()) {
            text.addClassName("attendance-below-90");
            text.getElement().setAttribute("title", "Persistently absent: missing 10% or more of sessions");
        }
        return text;
    }

}
