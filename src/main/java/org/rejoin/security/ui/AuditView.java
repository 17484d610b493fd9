package org.rejoin.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.security.AuditEvent;
import org.rejoin.security.AuditQuery;
import org.rejoin.security.AuditSearch;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/**
 * The audit trail, searched by person, record and date, newest first: administrators the whole trail, leaders
 * what the people of their school did. The trail cannot be changed from here or anywhere (V25).
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit trail | Rejoin")
@Menu(order = 95, title = "Audit trail", icon = "vaadin:search")
@RolesAllowed({"ADMIN", "LEADER"})
public class AuditView extends VerticalLayout {

    final TextField person = new TextField("Person (email address)");
    final TextField record = new TextField("Record (its id)");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);

    public AuditView(AuditSearch search, CurrentUser currentUser) {
        UserAccount user = currentUser.require();
        setSizeFull();
        from.setLocale(UkDates.LOCALE);
        to.setLocale(UkDates.LOCALE);
        grid.addColumn(e -> UkDates.formatDateTime(e.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEvent::who).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() == null ? "" : e.subjectType() + " " + nullToEmpty(e.subjectId()))
                .setHeader("Record").setAutoWidth(true);
        grid.addColumn(e -> nullToEmpty(e.detail())).setHeader("Detail");
        grid.setAriaLabel("Audit trail, newest first");
        var searchButton = new Button("Search", e -> grid.getDataProvider().refreshAll());
        grid.setItems(query -> search.search(user, new AuditQuery(person.getValue(), record.getValue(),
                from.getValue(), to.getValue()), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        var filters = new HorizontalLayout(person, record, from, to, searchButton);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Audit trail"), new Paragraph(user.schoolId() == null
                ? "Everything everyone did to whose data, newest first. Nothing here can be changed or removed."
                : "What the people of your school did to whose data, newest first. Nothing here can be changed "
                        + "or removed."), filters, grid);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
