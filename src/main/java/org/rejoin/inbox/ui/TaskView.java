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
import java.util.Optional;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.RouteIds;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskState;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Role;
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

    private final transient InboxService inbox;
    private final transient UserService users;
    private final transient DueText due;
    private final transient UserAccount user;
    private final transient TaskFormArea forms;
    private final transient ProcessDiagrams diagrams;
    private InboxTask task;
    private boolean processShown;

    public TaskView(InboxService inbox, UserService users, SchoolService schools, CurrentUser currentUser,
                    TaskFormArea forms, ProcessDiagrams diagrams) {
        this.inbox = inbox;
        this.diagrams = diagrams;
        this.users = users;
        this.due = new DueText(schools);
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
        show();
    }

    void show() {
        removeAll();
        add(new Anchor(InboxView.ROUTE, "Back to tasks"), new H1(task.name()), header());
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
        add(new CaseSoFar(inbox.caseSoFar(user, task.id())));
        switch (task.state()) {
            case CANCELLED -> add(new Paragraph("This task was closed by the process: nothing needs doing here. "
                    + "It has left the inbox."));
            case COMPLETED -> add(new Paragraph("Completed by " + task.completedBy() + "."));
            case OPEN -> {
                add(actions());
                add(new H2("Your answers"), forms.create(task, user, this::submitted));
            }
        }
    }

    private Paragraph header() {
        String pupil = task.pupilName() == null ? "No pupil" : task.pupilName() + " (UPN " + task.upn() + ")";
        String holder = task.assignee() == null ? "Unclaimed" : "Claimed by " + task.assignee();
        return new Paragraph(pupil + " · " + due.describe(task.dueDate(), task.schoolId()) + " · "
                + TaskColumns.priority(task.priority()) + " priority · " + holder);
    }

    private HorizontalLayout actions() {
        var row = new HorizontalLayout();
        if (task.assignee() == null) {
            row.add(button("Claim", () -> inbox.claim(user, task.id())));
        } else if (user.username().equals(task.assignee())) {
            row.add(button("Give back", () -> inbox.unclaim(user, task.id())));
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

    private void submitted() {
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }
}
