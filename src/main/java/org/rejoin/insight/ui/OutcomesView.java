package org.rejoin.insight.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.Optional;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.casework.CaseStage;
import org.rejoin.insight.Outcomes;
import org.rejoin.insight.OverviewScope;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * What came of the casework, for a leader's school or a local authority's schools (or one of them,
 * {@code ?school=<id>}): attendance before and since each case, persistent absence over two school years, and
 * the time from first concern to a support plan, and how long each step takes. Every chart has its figures in a table under it.
 */
@Route(value = "outcomes", layout = MainLayout.class)
@PageTitle("Outcomes | Rejoin")
@Menu(order = 1, title = "Outcomes", icon = "vaadin:chart-line")
@RolesAllowed({"LEADER", "LOCAL_AUTHORITY"})
public class OutcomesView extends VerticalLayout implements BeforeEnterObserver {

    final H1 title = new H1("Outcomes");
    AttendanceChangeSection attendance;
    AbsenceTrendSection absence;
    TimeToPlanSection timeToPlan;
    StepTimesTable journeyTimes;
    StepTimesTable planTimes;

    private final Outcomes outcomes;
    private final OverviewScope scopes;
    private final UserAccount user;

    public OutcomesView(Outcomes outcomes, OverviewScope scopes, CurrentUser currentUser) {
        this.outcomes = outcomes;
        this.scopes = scopes;
        this.user = currentUser.require();
        addClassName("outcomes-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String school = event.getLocation().getQueryParameters().getSingleParameter("school").orElse(null);
        removeAll();
        attendance = null;
        absence = null;
        timeToPlan = null;
        journeyTimes = null;
        planTimes = null;
        OverviewScope.Resolved resolved = scopes.resolve(user, school);
        Oversight scope = resolved.oversight();
        Optional<SchoolInfo> named = resolved.school();
        if (resolved.refused()) {
            title.setText("Outcomes");
            add(title, new Paragraph("This school is not one you oversee. Go back to the outcomes of your schools."),
                    new RouterLink("Back to the outcomes", OutcomesView.class));
            return;
        }
        title.setText(user.localAuthority() == null ? "Outcomes"
                : "Outcomes: " + named.map(SchoolInfo::name).orElse(user.localAuthority()));
        add(title);
        if (school != null && user.localAuthority() != null) {
            add(new RouterLink("Back to all schools of " + user.localAuthority(), OutcomesView.class));
        }
        add(new Paragraph(new Text("What has changed for pupils since their cases opened, counted from what Rejoin "
                + "recorded as the work happened. Where the open cases are now is on the "),
                new RouterLink("overview", OverviewView.class), new Text(".")));
        attendance = new AttendanceChangeSection(outcomes, scope, user.hasRole(Role.LEADER));
        absence = new AbsenceTrendSection(outcomes.absenceByWeek(scope), scope.manySchools());
        timeToPlan = new TimeToPlanSection(outcomes.timeToPlan(scope), YearMonth.from(outcomes.today()));
        var times = outcomes.stepTimes(scope);
        journeyTimes = new StepTimesTable("Understanding the barriers", CaseStage.UNDERSTANDING.processId(), times);
        planTimes = new StepTimesTable("Stepped support plan", CaseStage.SUPPORT_PLAN.processId(), times);
        add(attendance, absence, timeToPlan, new H2("How long steps take"), journeyTimes, planTimes);
    }
}
