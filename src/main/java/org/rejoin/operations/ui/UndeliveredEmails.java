package org.rejoin.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.rejoin.base.ui.UkDates;
import org.rejoin.notification.Delivery;
import org.rejoin.operations.IncidentService;
import org.rejoin.security.UserAccount;

/** The incidents page's second list: emails given up on after their last attempt, each sendable again. */
class UndeliveredEmails extends VerticalLayout {

    final Grid<Delivery> grid = new Grid<>(Delivery.class, false);
    final Paragraph summary = new Paragraph();
    private final transient IncidentService incidents;
    private final transient UserAccount admin;

    UndeliveredEmails(IncidentService incidents, UserAccount admin) {
        this.incidents = incidents;
        this.admin = admin;
        setPadding(false);
        summary.getElement().setAttribute("role", "status");
        grid.addColumn(d -> UkDates.formatDateTime(d.createdAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(Delivery::recipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(d -> d.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(d -> d.attempts() + " attempts: " + (d.lastError() == null ? "" : d.lastError()))
                .setHeader("What went wrong").setFlexGrow(1);
        grid.addComponentColumn(this::sendAgainButton).setHeader("Action").setAutoWidth(true);
        grid.setItems(query -> incidents.undeliveredEmails(admin, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.setAriaLabel("Emails not delivered");
        grid.setAllRowsVisible(true);
        add(new H2("Emails not delivered"), summary, grid);
        refresh();
    }

    private Button sendAgainButton(Delivery delivery) {
        var button = new Button("Send again", e -> {
            incidents.sendEmailAgain(admin, delivery.id());
            Notification.show("Queued: it is sent on the sender's next pass.");
            refresh();
        });
        button.setAriaLabel("Send again the email to " + delivery.recipient());
        return button;
    }

    private void refresh() {
        long failed = incidents.undeliveredEmailCount(admin);
        summary.setText(failed == 0 ? "Every email was delivered or is still being tried."
                : failed + (failed == 1 ? " email was" : " emails were") + " not delivered after the last attempt. "
                + "Fix the cause (the mail server, an address), then send again.");
        grid.getDataProvider().refreshAll();
    }
}
