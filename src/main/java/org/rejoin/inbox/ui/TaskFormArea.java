package org.rejoin.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.security.UserAccount;

/**
 * The part of a task page where the step is answered and submitted. A step without a linked form
 * is completed with an optional note; what was typed stays in the field when submitting fails.
 */
@org.springframework.stereotype.Component
public class TaskFormArea {

    private final InboxService inbox;

    TaskFormArea(InboxService inbox) {
        this.inbox = inbox;
    }

    Component create(InboxTask task, UserAccount user, Runnable submitted) {
        var note = new TextArea("Note for the case record (optional)");
        note.setMaxLength(2000);
        note.setWidthFull();
        var done = new Button("Mark this step as done", e -> {
            try {
                inbox.complete(user, task.id(), note.isEmpty() ? Map.of() : Map.of("note", note.getValue()));
                Notification.show("Done: the process has moved on", 4000, Notification.Position.BOTTOM_START);
                submitted.run();
            } catch (RuntimeException problem) {
                TaskMessages.show(problem);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(note, done);
    }
}
