package org.rejoin.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskState;
import org.rejoin.security.UserAccount;

/** The inbox grid's columns and row actions: claim, give back, open. */
class TaskColumns {

    private final Grid<InboxTask> grid;
    private final DueText due;
    private final InboxService inbox;
    private final UserAccount user;
    private final Consumer<InboxTask> open;

    TaskColumns(Grid<InboxTask> grid, DueText due, InboxService inbox, UserAccount user, Consumer<InboxTask> open) {
        this.grid = grid;
        this.due = due;
        this.inbox = inbox;
        this.user = user;
        this.open = open;
    }

    void addTo() {
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the pupil names the case; step and due date wrap rather than being cut off (read at 1366 and 1024 px)
        grid.addColumn(t -> t.pupilName() == null ? "—" : t.pupilName()).setHeader("Pupil").setKey("pupil")
                .setWidth("10em").setFlexGrow(2);
        grid.addColumn(InboxTask::name).setHeader("Step").setKey("name").setSortable(true).setWidth("14em")
                .setFlexGrow(4);
        grid.addComponentColumn(this::dueCell).setHeader("Due").setKey("dueDate").setSortable(true).setWidth("9em")
                .setFlexGrow(1);
        grid.addColumn(t -> priority(t.priority())).setHeader("Priority").setKey("priority").setSortable(true)
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(t -> t.state() == TaskState.COMPLETED ? "Completed" : t.assignee() == null ? "Unclaimed"
                : t.holderName()).setHeader("Held by").setKey("holder").setWidth("9em").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
    }

    private Span dueCell(InboxTask task) {
        var text = new Span(task.state() == TaskState.COMPLETED ? "Done" : due.describe(task.dueDate(), task.schoolId()));
        if (due.overdue(task)) {
            text.addClassName("due-overdue");
        }
        return text;
    }

    static String priority(int value) {
        return value >= 75 ? "High" : value <= 25 ? "Low" : "Normal";
    }

    private HorizontalLayout actions(InboxTask task) {
        var openButton = new Button("Open", e -> open.accept(task));
        openButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        openButton.setAriaLabel("Open " + task.name() + " for " + task.pupilName());
        var row = new HorizontalLayout(openButton);
        if (task.state() == TaskState.OPEN && task.assignee() == null) {
            row.add(small("Claim", "Claim " + task.name(), () -> inbox.claim(user, task.id()), "Claimed: it is in My tasks"));
        } else if (task.state() == TaskState.OPEN && user.username().equals(task.assignee())) {
            row.add(small("Give back", "Give back " + task.name(), () -> inbox.unclaim(user, task.id()),
                    "Given back to the group"));
        }
        return row;
    }

    private Button small(String label, String ariaLabel, Runnable action, String done) {
        var button = new Button(label, e -> {
            try {
                action.run();
                Notification.show(done, 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuntimeException problem) {
                TaskMessages.show(problem);
            }
            grid.getDataProvider().refreshAll();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(ariaLabel);
        return button;
    }
}
