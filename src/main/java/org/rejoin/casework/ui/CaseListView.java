package org.rejoin.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.CaseSummary;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/** The cases this person may see, newest first, paged in the database; a row opens the case. */
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("Cases | Rejoin")
@Menu(order = 2, title = "Cases", icon = "vaadin:folder-open")
@RolesAllowed({"ATTENDANCE_CHAMPION", "SCHOOL_STAFF", "LEADER"})
public class CaseListView extends VerticalLayout {

    final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
    final RadioButtonGroup<String> show = new RadioButtonGroup<>("Show");

    public CaseListView(CaseService cases, CurrentUser currentUser) {
        UserAccount user = currentUser.require();
        setSizeFull();
        show.setItems("Open cases", "Closed cases", "All cases");
        show.setValue("Open cases");
        show.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(CaseSummary::pupilName).setHeader("Pupil").setAutoWidth(true);
        grid.addColumn(CaseSummary::upn).setHeader("UPN").setAutoWidth(true);
        grid.addColumn(CaseSummary::yearGroup).setHeader("Year");
        grid.addColumn(c -> c.stage().label()).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(c -> UkDates.format(c.openedAt().atZone(UkDates.ZONE).toLocalDate())).setHeader("Opened");
        grid.addColumn(c -> c.leadChampionName() == null ? "Not named yet" : c.leadChampionName())
                .setHeader("Lead champion");
        grid.addColumn(c -> c.origin().label()).setHeader("How it began");
        grid.setItems(query -> cases.cases(user, state(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setAriaLabel("Cases");
        grid.setEmptyStateComponent(new Span("No cases here. A case opens when the attendance data raises a concern, "
                + "or when a champion opens one."));

        var header = new HorizontalLayout(new H1("Cases"));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (user.hasRole(Role.ATTENDANCE_CHAMPION)) {
            var openCase = new Button("Open a case", e -> getUI().ifPresent(ui -> ui.navigate(OpenCaseView.class)));
            openCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(openCase);
        }
        add(header, show, grid);
    }

    private CaseState state() {
        return switch (show.getValue() == null ? "" : show.getValue()) {
            case "Closed cases" -> CaseState.CLOSED;
            case "All cases" -> null;
            default -> CaseState.OPEN;
        };
    }

    private void open(CaseSummary summary) {
        getUI().ifPresent(ui -> ui.navigate(CaseView.class, CaseView.parameters(summary.id())));
    }
}
