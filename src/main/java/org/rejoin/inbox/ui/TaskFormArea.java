package org.rejoin.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.rejoin.base.ui.UkDates;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskForms;
import org.rejoin.inbox.form.FormErrors;
import org.rejoin.inbox.form.FormJsForm;
import org.rejoin.security.UserAccount;

/**
 * Where a step is answered: its Camunda Form rendered by form-js, submitted through server-side
 * validation, with drafts; a step without a form completes with an optional note. Whatever fails,
 * what the user typed stays on the page.
 */
@org.springframework.stereotype.Component
public class TaskFormArea {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", UkDates.LOCALE);
    private final InboxService inbox;
    private final TaskForms forms;

    TaskFormArea(InboxService inbox, TaskForms forms) {
        this.inbox = inbox;
        this.forms = forms;
    }

    /** The step's form; read-only, without buttons, unless the user holds the step (claim before you write). */
    Component create(InboxTask task, UserAccount user, Runnable submitted, boolean mine) {
        return forms.form(user, task.id()).<Component>map(form -> formJs(task, user, form, submitted, mine))
                .orElseGet(() -> noteOnly(task, user, submitted, mine));
    }

    private Component formJs(InboxTask task, UserAccount user, TaskForms.TaskForm taskForm, Runnable submitted,
                             boolean mine) {
        var form = new FormJsForm(taskForm.schema(), taskForm.data());
        if (!mine) {
            form.setReadOnly(true);
            return form;
        }
        var draftState = new Span(taskForm.draftSavedAt() == null ? "" : "Draft saved " + saved(taskForm.draftSavedAt()));
        draftState.getElement().setAttribute("aria-live", "polite");
        form.addSubmitListener(values -> {
            try {
                FormErrors errors = forms.submit(user, task.id(), values);
                form.setErrors(errors);
                if (errors.isEmpty()) {
                    submitted.run();
                }
            } catch (RuntimeException problem) {
                TaskMessages.show(problem);
            }
        });
        var submit = new Button("Submit", e -> form.submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var draft = new Button("Save draft", e -> form.requestValues(values -> {
            try {
                draftState.setText("Draft saved " + saved(forms.saveDraft(user, task.id(), values)));
            } catch (RuntimeException problem) {
                TaskMessages.show(problem);
            }
        }));
        var buttons = new HorizontalLayout(submit, draft, draftState);
        buttons.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new VerticalLayout(form, buttons);
    }

    private Component noteOnly(InboxTask task, UserAccount user, Runnable submitted, boolean mine) {
        var note = new TextArea("Note for the case record (optional)");
        note.setReadOnly(!mine);
        note.setMaxLength(2000);
        note.setWidthFull();
        var done = new Button("Mark this step as done", e -> {
            try {
                inbox.complete(user, task.id(), note.isEmpty() ? Map.of() : Map.of("note", note.getValue()));
                submitted.run();
            } catch (RuntimeException problem) {
                TaskMessages.show(problem);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setVisible(mine);
        return new VerticalLayout(note, done);
    }

    private static String saved(Instant at) {
        return TIME.format(at.atZone(UkDates.ZONE));
    }
}
