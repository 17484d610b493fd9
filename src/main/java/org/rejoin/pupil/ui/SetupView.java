package org.rejoin.pupil.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.pupil.SetupChecklist;
import org.rejoin.pupil.SetupStep;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/** The set-up checklist of a school: what is done and, in words, what is still missing. */
@Route(value = "setup", layout = MainLayout.class)
@PageTitle("Setting up | Rejoin")
@Menu(order = 79, title = "Setting up", icon = "vaadin:check-square-o")
@RolesAllowed({"ADMIN", "SCHOOL_ADMIN", "LEADER"})
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    private final transient SetupChecklist checklist;
    private final UserAccount user;
    final Paragraph summary = new Paragraph();
    final OrderedList steps = new OrderedList();

    public SetupView(SetupChecklist checklist, CurrentUser currentUser) {
        this.checklist = checklist;
        this.user = currentUser.require();
        summary.getElement().setAttribute("role", "status");
        add(new H1("Setting up"), summary, steps);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID school = user.role() == Role.ADMIN
                ? event.getLocation().getQueryParameters().getSingleParameter("school").map(SetupView::uuid).orElse(null)
                : user.schoolId();
        steps.removeAll();
        if (school == null) {
            summary.setText("Open a school's checklist from the Schools page.");
            return;
        }
        List<SetupStep> found = checklist.stepsFor(user, school);
        long left = found.stream().filter(s -> !s.done()).count();
        summary.setText(left == 0 ? "Everything is set up: Rejoin is ready for this school."
                : left + " of " + found.size() + " steps still to do, in this order:");
        String query = user.role() == Role.ADMIN ? "?school=" + school : "";
        for (SetupStep step : found) {
            var item = new ListItem(new Span((step.done() ? "Done: " : "To do: ") + step.title()));
            if (!step.done()) {
                item.add(new Paragraph(step.whatIsMissing()), new Anchor(step.page() + query, "Go to " + step.title()));
            }
            item.addClassName(step.done() ? "setup-done" : "setup-todo");
            steps.add(item);
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
