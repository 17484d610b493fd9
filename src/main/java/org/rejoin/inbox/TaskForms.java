package org.rejoin.inbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.inbox.form.FormErrors;
import org.rejoin.inbox.form.FormRepository;
import org.rejoin.inbox.form.FormSchema;
import org.rejoin.inbox.form.FormSubmission;
import org.rejoin.inbox.form.FormValidator;
import org.rejoin.inbox.form.TaskDrafts;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Service;

/**
 * A task's form: prefilled from the process and my draft, validated on the server against its schema
 * before the step is completed, so no page can skip the check. Every call first checks that the task
 * is in the user's scope (through {@link InboxService}).
 */
@Service
public class TaskForms {

    private final InboxService inbox;
    private final FormRepository forms;
    private final FormValidator validator;
    private final TaskDrafts drafts;

    TaskForms(InboxService inbox, FormRepository forms, FormValidator validator, TaskDrafts drafts) {
        this.inbox = inbox;
        this.forms = forms;
        this.validator = validator;
        this.drafts = drafts;
    }

    /** What the form shows: its schema and the values to start from, or empty for a step without a form. */
    public record TaskForm(FormSchema schema, Map<String, Object> data, Instant draftSavedAt) {
    }

    public Optional<TaskForm> form(UserAccount user, UUID taskId) {
        InboxTask task = inbox.task(user, taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        return Optional.ofNullable(task.formId()).flatMap(forms::find).map(schema -> {
            Map<String, Object> data = new HashMap<>(schema.prefillFrom(task.variables()));
            var draft = drafts.load(taskId, user.username());
            draft.ifPresent(d -> data.putAll(schema.knownValues(d.values())));
            return new TaskForm(schema, data, draft.map(TaskDrafts.Draft::savedAt).orElse(null));
        });
    }

    /**
     * Validates and, if valid, completes the step with the form's typed values only. Returns the
     * errors to show when invalid: then nothing is submitted and the job stays open.
     */
    public FormErrors submit(UserAccount user, UUID taskId, Map<String, Object> values) {
        InboxTask task = inbox.task(user, taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        FormSchema schema = Optional.ofNullable(task.formId()).flatMap(forms::find)
                .orElseThrow(() -> new IllegalStateException("This step has no form"));
        FormSubmission submission = validator.validate(schema, values, task.variables());
        if (!submission.isValid()) {
            return submission.errors();
        }
        inbox.complete(user, taskId, submission.variables());
        drafts.delete(taskId, user.username());
        return FormErrors.NONE;
    }

    /**
     * Saves what the user has typed so far. A draft is written by the step's holder only: an unclaimed step is
     * claimed first, and one a colleague holds is refused ({@link TaskAlreadyClaimedException}), so two people
     * never hold drafts of one step.
     */
    public Instant saveDraft(UserAccount user, UUID taskId, Map<String, Object> values) {
        inbox.claim(user, taskId);
        InboxTask task = inbox.task(user, taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        FormSchema schema = Optional.ofNullable(task.formId()).flatMap(forms::find)
                .orElseThrow(() -> new IllegalStateException("This step has no form"));
        return drafts.save(taskId, user.username(), schema.knownValues(values));
    }
}
