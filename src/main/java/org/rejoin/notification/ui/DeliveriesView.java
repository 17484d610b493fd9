package org.rejoin.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.notification.Delivery;
import org.rejoin.notification.NotificationService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;
import org.springframework.core.env.Environment;

/** Every email Rejoin has written, newest first, with where it is: for administrators. */
@Route(value = "admin/emails", layout = MainLayout.class)
@PageTitle("Emails | Rejoin")
@Menu(order = 92, title = "Emails", icon = "vaadin:envelopes")
@RolesAllowed("ADMIN")
public class DeliveriesView extends VerticalLayout {

    final Grid<Delivery> grid = new Grid<>(Delivery.class, false);

    public DeliveriesView(NotificationService notifications, CurrentUser currentUser, Environment environment) {
        UserAccount admin = currentUser.require();
        setSizeFull();
        grid.addColumn(d -> UkDates.formatDateTime(d.createdAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(Delivery::recipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(d -> d.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(DeliveriesView::state).setHeader("State").setAutoWidth(true);
        grid.addColumn(Delivery::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Last error").setFlexGrow(1);
        grid.setItems(query -> notifications.deliveries(admin, query.getLimit(), query.getOffset()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, notifications.deliveryCount(admin)));
        grid.setAriaLabel("Emails");
        add(new H1("Emails"), new Paragraph("Every email, newest first. Sent: the mail server accepted it. "
                + "Queued: waiting, or waiting to try again. Held: for the person's daily digest. Failed: given up "
                + "after the last attempt (also on Incidents). Skipped: the person switched this kind off."));
        if (environment.getProperty("rejoin.notifications.demo-mailbox", Boolean.class, false)) {
            add(new Anchor("admin/demo-mail", "Read the demo's emails (embedded run only)"));
        }
        add(grid);
    }

    static String state(Delivery delivery) {
        return switch (delivery.state()) {
            case QUEUED -> delivery.attempts() == 0 ? "Queued" : "Queued to try again at "
                    + UkDates.formatDateTime(delivery.nextAttemptAt());
            case SENDING -> "Sending";
            case SENT -> "Sent " + UkDates.formatDateTime(delivery.sentAt());
            case HELD -> "Held for the digest";
            case DIGESTED -> "In a digest";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped (switched off)";
        };
    }
}
