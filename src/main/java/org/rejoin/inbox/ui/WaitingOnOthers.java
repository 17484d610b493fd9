package org.rejoin.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.WaitingStep;
import org.rejoin.security.UserAccount;

/**
 * The steps of my cases that wait on colleagues or agencies: who holds each and until when, with a way to
 * chase (the step is marked reminded and rises in its holder's list). Bounded: the soonest due fifty.
 */
class WaitingOnOthers extends VerticalLayout {

    static final int SHOWN = 50;

    final Grid<WaitingStep> grid = new Grid<>(WaitingStep.class, false);
    private final transient InboxService inbox;
    private final transient UserAccount user;

    WaitingOnOthers(InboxService inbox, UserAccount user, DueText due) {
        this.inbox = inbox;
        this.user = user;
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.pupilName() == null ? "—" : s.pupilName()).setHeader("Pupil").setWidth("10em");
        grid.addComponentColumn(s -> new Anchor("cases/" + s.caseId(), s.step())).setHeader("Step").setKey("step")
                .setWidth("14em").setFlexGrow(3);
        grid.addColumn(WaitingStep::holder).setHeader("Held by").setKey("holder").setWidth("12em").setFlexGrow(2);
        grid.addColumn(s -> due.describeWithDate(s.dueDate(), s.schoolId())).setHeader("Due").setKey("due")
                .setWidth("11em");
        grid.addComponentColumn(this::chaseButton).setHeader("Chase").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Steps of your cases waiting on others");
        grid.setEmptyStateComponent(new Paragraph("None of your cases is waiting on a colleague or an agency."));
        add(new H2("Waiting on others"), new Paragraph("Steps of the cases you have worked on that a colleague or "
                + "an agency holds now."), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(inbox.waitingOnOthers(user, SHOWN));
    }

    private Button chaseButton(WaitingStep step) {
        var chase = new Button("Chase", e -> {
            try {
                inbox.chase(user, step.taskId());
                Notification.show("Chased: " + step.step() + " is marked reminded and rises in the list of "
                        + step.holder(), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuntimeException problem) {
                TaskMessages.show(problem);
            }
            refresh();
        });
        chase.addThemeVariants(ButtonVariant.LUMO_SMALL);
        chase.setAriaLabel("Chase " + step.step() + " held by " + step.holder());
        return chase;
    }
}
