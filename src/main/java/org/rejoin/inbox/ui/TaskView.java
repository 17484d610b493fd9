package org.rejoin.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rejoin.inbox.WaitingStep;
import org.rejoin.inbox.form.FormRepository;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.RouteIds;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.StepSection;
import org.rejoin.inbox.TaskState;
import org.rejoin.pupil.ConcernTriage;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Role;
import org.rejoin.inbox.CompletedStep;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;

/**
 * One task: who it is about, what the step asks (its guidance from the BPMN), who holds it, and
 * its form. A task out of the user's scope is "not found"; one the process closed says so.
 */
@Route(value = "tasks/:taskId", layout = MainLayout.class)
@PageTitle("Task | Rejoin")
@RolesAllowed({"ATTENDANCE_CHAMPION", "SCHOOL_STAFF", "LEADER", "PARTNER"})
public class TaskView extends VerticalLayout implements BeforeEnterObserver {

    /** How long the page waits for the engine to offer the next step after a submission. */
    static final Duration NEXT_STEP_PATIENCE = Duration.ofSeconds(3);

    private final transient InboxService inbox;
    private final transient UserService users;
    private final transient DueText due;
    private final transient UserAccount user;
    private final transient TaskFormArea forms;
    private final transient ProcessDiagrams diagrams;
    private final transient FormRepository formFiles;
    private final transient PupilService pupils;
    private final transient ConcernTriage triage;
    private final transient Clock clock;
    private final transient List<StepSection> sections;
    private InboxTask task;
    private boolean processShown;
    private List<WaitingStep> nextAfterSubmitting;

    public TaskView(InboxService inbox, UserService users, SchoolService schools, CurrentUser currentUser,
                    TaskFormArea forms, ProcessDiagrams diagrams, FormRepository formFiles, PupilService pupils,
                    ConcernTriage triage, org.springframework.beans.factory.ObjectProvider<StepSection> sections,
                    Clock clock) {
        this.clock = clock;
        this.sections = sections.orderedStream().toList();
        this.pupils = pupils;
        this.triage = triage;
        this.formFiles = formFiles;
        this.inbox = inbox;
        this.diagrams = diagrams;
        this.users = users;
        this.due = new DueText(schools, clock);
        this.user = currentUser.require();
        this.forms = forms;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<InboxTask> found = RouteIds.uuid(event, "taskId").flatMap(id -> inbox.open(user, id));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        task = found.get();
        nextAfterSubmitting = null;
        show();
    }

    void show() {
        removeAll();
        add(new Anchor(InboxView.ROUTE, "Back to tasks"), new H1(task.name()));
        if (nextAfterSubmitting != null) {
            add(new NextStepsNotice(task.name(), nextAfterSubmitting, due, this::openNext));
        }
        add(header());
        if (user.role() == Role.PARTNER) {
            // partners never see the case; the referral page shows what the school shares with them
            Object referral = task.variables().get("referralId");
            if (referral != null) {
                add(new Anchor("referrals/" + referral, "Open the referral: what the school has shared"));
            }
        } else if (task.caseId() != null) {
            // the case page (casework feature) by address: the inbox does not depend on casework
            add(new Anchor("cases/" + task.caseId(), "Open the case: the attendance pattern, chart and whole story"));
        }
        if (task.guidance() != null) {
            var guidance = new Div(new Paragraph(task.guidance()));
            guidance.addClassName("task-guidance");
            guidance.getElement().setAttribute("aria-label", "Guidance for this step");
            add(guidance);
        }
        var inProcess = new StepInProcess(task, diagrams);
        inProcess.setOpened(processShown); // stays as the user left it when the page redraws after an action
        inProcess.addOpenedChangeListener(e -> processShown = e.isOpened());
        add(inProcess);
        var soFar = inbox.caseSoFar(user, task.id());
        Map<String, String> people = users.displayNames(peopleNamedIn(soFar)); // one query for every answer
        var caseSoFar = new CaseSoFar(soFar, formFiles,
                username -> Optional.ofNullable(people.get(username.toLowerCase(Locale.ROOT))));
        sections.forEach(section -> section.render(user, task).ifPresent(caseSoFar::addFirstAfterHeading));
        add(caseSoFar);
        switch (task.state()) {
            case CANCELLED -> add(new Paragraph("This task was closed by the process: nothing needs doing here. "
                    + "It has left the inbox."));
            case COMPLETED -> add(new Paragraph("Completed by " + task.completerName() + "."));
            case OPEN -> {
                if (user.role() != Role.PARTNER && StepAttendance.wanted(task)) {
                    add(new StepAttendance(task, user, pupils, triage, LocalDate.now(clock)));
                }
                add(actions());
                boolean mine = user.username().equalsIgnoreCase(String.valueOf(task.assignee()));
                add(new H2(mine ? "Your answers" : "The questions"), forms.create(task, user, this::submitted, mine));
            }
        }
    }

    private Paragraph header() {
        String pupil = task.pupilName() == null ? "No pupil" : task.pupilName() + " (UPN " + task.upn() + ")";
        String holder = task.assignee() == null ? "Unclaimed" : "Claimed by " + task.holderName();
        return new Paragraph(pupil + " · " + due.describe(task.dueDate(), task.schoolId()) + " · "
                + TaskColumns.priority(task.priority()) + " priority · " + holder);
    }

    private HorizontalLayout actions() {
        var row = new HorizontalLayout();
        if (task.assignee() == null) {
            // claim before you write: two colleagues never work on one step at once
            var claim = button("Claim to start", () -> inbox.claim(user, task.id()));
            claim.removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.addClassName("claim-to-start");
            var why = new Span("Nobody holds this step yet. Claim it to start writing; until then the questions "
                    + "are read-only.");
            why.addClassName("claim-hint");
            row.add(claim, why);
        } else if (user.username().equalsIgnoreCase(task.assignee())) {
            row.add(button("Give back", () -> inbox.unclaim(user, task.id())));
        } else {
            var held = new Span(task.holderName() + " holds this step, so only they can write here. They or a "
                    + "leader can pass it on.");
            held.addClassName("claim-hint");
            row.add(held);
        }
        row.add(new AssignToColleague(users, user, colleague -> run(() -> inbox.assign(user, task.id(), colleague))));
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Button button(String label, Runnable action) {
        var button = new Button(label, e -> run(action));
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException problem) {
            TaskMessages.show(problem);
        }
        inbox.task(user, task.id()).ifPresent(fresh -> task = fresh);
        show();
    }

    /** Stays on the page to say what comes next and who holds it; the menu's count is read again at once. */
    private void submitted() {
        nextAfterSubmitting = inbox.nextSteps(user, task.id(), NEXT_STEP_PATIENCE);
        inbox.task(user, task.id()).ifPresent(fresh -> task = fresh);
        show();
        MainLayout.refreshBadgesOf(this);
    }

    private void openNext(WaitingStep step) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", step.taskId().toString())));
    }

    /** Answers that may be accounts (a colleague chosen from a list): usernames look like email addresses. */
    private static java.util.Set<String> peopleNamedIn(List<CompletedStep> steps) {
        return steps.stream().flatMap(step -> step.answers().values().stream())
                .flatMap(v -> v instanceof java.util.Collection<?> many ? many.stream() : java.util.stream.Stream.of(v))
                .filter(v -> v instanceof String text && text.contains("@") && !text.contains(" "))
                .map(String.class::cast).collect(java.util.stream.Collectors.toSet());
    }
}
