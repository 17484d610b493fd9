package org.rejoin.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.notification.internal.DemoMailServer;
import org.rejoin.notification.internal.DemoMailServer.DemoMail;
import org.springframework.core.env.Environment;

/**
 * The embedded run's emails, as its in-JVM SMTP server received them, for administrators (demo only: the
 * external run sends to a real mail server and this page says so). The plain-text part is shown, as sent.
 */
@Route(value = "admin/demo-mail", layout = MainLayout.class)
@PageTitle("Demo emails | Rejoin")
@RolesAllowed("ADMIN")
public class DemoMailView extends VerticalLayout {

    final Grid<DemoMail> grid = new Grid<>(DemoMail.class, false);
    final Pre body = new Pre();

    public DemoMailView(Environment environment) {
        setSizeFull();
        add(new H1("Demo emails"));
        if (!environment.getProperty("rejoin.notifications.demo-mailbox", Boolean.class, false)) {
            add(new Paragraph("There is no demo mail server: this Rejoin sends its emails to the mail server it is "
                    + "configured with."));
            return;
        }
        List<DemoMail> mails = DemoMailServer.received().reversed();
        add(new Paragraph(mails.size() + " emails received by the demo's mail server since it started, newest "
                + "first. Nothing leaves this computer."));
        grid.addColumn(m -> m.sentAt() == null ? "" : UkDates.formatDateTime(m.sentAt())).setHeader("Sent")
                .setAutoWidth(true);
        grid.addColumn(DemoMail::to).setHeader("To").setAutoWidth(true);
        grid.addColumn(DemoMail::subject).setHeader("Subject").setFlexGrow(1);
        grid.setItems(mails);
        grid.setAriaLabel("Demo emails");
        grid.asSingleSelect().addValueChangeListener(e -> body.setText(e.getValue() == null ? "" : e.getValue().text()));
        body.getElement().setAttribute("role", "region"); // a named region: a plain pre may not carry a label
        body.getElement().setAttribute("aria-label", "The selected email");
        add(grid, new Div(body));
    }
}
