package org.rejoin.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.engine.Incidents.RetryOutcome;
import org.rejoin.engine.JobIncident;
import org.rejoin.operations.IncidentService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/**
 * Steps the app could not carry out, with the reason; once the cause is fixed (a member of staff added,
 * an agency set up, the database back), an administrator retries them and the process goes on.
 */
@Route(value = "admin/incidents", layout = MainLayout.class)
@PageTitle("Incidents | Rejoin")
@Menu(order = 91, title = "Incidents", icon = "vaadin:warning")
@RolesAllowed("ADMIN")
public class IncidentsView extends VerticalLayout {

    final Grid<JobIncident> grid = new Grid<>(JobIncident.class, false);
    final Paragraph summary = new Paragraph();
    final UndeliveredEmails undelivered;
    private final transient IncidentService incidents;
    private final transient UserAccount admin;

    public IncidentsView(IncidentService incidents, CurrentUser currentUser) {
        this.incidents = incidents;
        this.admin = currentUser.require();
        setSizeFull();
        summary.getElement().setAttribute("role", "status");
        grid.addColumn(i -> UkDates.formatDateTime(i.failedAt())).setHeader("Failed").setAutoWidth(true);
        grid.addColumn(i -> i.processId() + " › " + i.elementId()).setHeader("Process and step").setAutoWidth(true);
        grid.addColumn(JobIncident::errorMessage).setHeader("What went wrong").setFlexGrow(1);
        grid.addColumn(i -> i.caseId() == null ? "" : i.caseId().toString()).setHeader("Case").setAutoWidth(true);
        grid.addComponentColumn(this::retryButton).setHeader("Action").setAutoWidth(true);
        grid.setItems(query -> incidents.open(admin, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel("Open incidents");
        add(new H1("Incidents"), new Paragraph("Each row is a step the app tried and could not carry out. The "
                + "process waits there. Fix the cause, then retry: the step runs again."), summary, grid);
        undelivered = new UndeliveredEmails(incidents, admin);
        add(undelivered);
        refresh();
    }

    private Button retryButton(JobIncident incident) {
        var retry = new Button("Retry", e -> confirm(incident));
        retry.setAriaLabel("Retry " + incident.elementId() + " that failed " + UkDates.formatDateTime(incident.failedAt()));
        return retry;
    }

    private void confirm(JobIncident incident) {
        var dialog = new ConfirmDialog("Retry this step?", "The step runs again now. If its cause is not fixed, "
                + "it fails again and comes back to this list.", "Retry", e -> retry(incident));
        dialog.setCancelable(true);
        dialog.open();
    }

    void retry(JobIncident incident) {
        try {
            RetryOutcome outcome = incidents.retry(admin, incident.jobKey());
            Notification.show(switch (outcome) {
                case RETRYING -> "Retrying: the step runs again now.";
                case RESOLVE_IN_OPERATE -> "Retries given back. This engine cannot resolve the incident from Rejoin: "
                        + "resolve it in Operate.";
                case PROCESS_MOVED_ON -> "Nothing to retry: the process no longer waits at this step.";
            }, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException problem) {
            Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        long open = incidents.openCount(admin);
        summary.setText(open == 0 ? "No incidents: every step is running." : open + (open == 1 ? " step needs" : " steps need")
                + " attention.");
        grid.getDataProvider().refreshAll();
    }
}
