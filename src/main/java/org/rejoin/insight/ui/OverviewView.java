package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.casework.CaseStage;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.insight.Overview;
import org.rejoin.pupil.AttendancePercent;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/**
 * A leader's look at their school, or a local authority officer's at all its schools (compared side by side)
 * or one of them ({@code ?school=<id>}): attendance, where the open cases are in the journey and the plan,
 * cases by stage, overdue steps, referrals, what falls due soon. Every number opens its cases.
 */
@Route(value = "overview", layout = MainLayout.class)
@PageTitle("Overview | Rejoin")
@Menu(order = 0, title = "Overview", icon = "vaadin:dashboard")
@RolesAllowed({"LEADER", "LOCAL_AUTHORITY"})
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    AttentionCounts attention;
    ProcessHeatMap journey;
    ProcessHeatMap plan;
    CaseworkTables casework;
    ReferralTable referrals;
    StepTimesTable journeyTimes;
    StepTimesTable planTimes;
    SchoolComparisonTable schools;

    private final Overview overview;
    private final ProcessDiagrams diagrams;
    private final UserAccount user;

    public OverviewView(Overview overview, CurrentUser currentUser, ProcessDiagrams diagrams) {
        this.overview = overview;
        this.diagrams = diagrams;
        this.user = currentUser.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String school = event.getLocation().getQueryParameters().getSingleParameter("school").orElse(null);
        removeAll();
        forgetPreviousFigures();
        Overview.Figures figures = overview.of(user, school);
        if (figures.scope().isEmpty()) {
            add(new H1("Overview"), new Paragraph("This school is not one you oversee. Go back to the overview of "
                    + "your schools."), new RouterLink("Back to the overview", OverviewView.class));
            return;
        }
        add(new H1(user.localAuthority() == null ? "Overview"
                : "Overview: " + figures.school().map(SchoolInfo::name).orElse(user.localAuthority())));
        if (school != null && user.localAuthority() != null) {
            add(new RouterLink("Back to all schools of " + user.localAuthority(),
                    OverviewView.class));
        }
        attention = new AttentionCounts(overview.attention(user, school), school);
        add(attention, attendance(figures.attendance()));
        oneSchoolShown(school).ifPresent(id -> add(new Anchor(SchoolComparisonTable.TARGETING + id,
                "Targeting support meeting pack (termly, with the local authority)")));
        if (figures.scope().manySchools()) {
            schools = new SchoolComparisonTable(figures.schools());
            var scroll = new Div(schools);
            scroll.addClassName("figure-table-scroll");
            add(new H2("Schools compared"), scroll);
        }
        journey = heatMap("Understanding the barriers", CaseStage.UNDERSTANDING, figures, school);
        plan = heatMap("Stepped support plan", CaseStage.SUPPORT_PLAN, figures, school);
        casework = new CaseworkTables(figures.casesByStage(), figures.plansByState(), figures.overdueByPerson(),
                figures.comingUp(), school, !figures.scope().manySchools());
        referrals = new ReferralTable(figures.referrals(), school);
        var outcomes = new RouterLink("Outcomes: attendance since cases opened, absence over time, how long steps take",
                OutcomesView.class);
        if (school != null) {
            outcomes.setQueryParameters(QueryParameters.simple(Map.of("school", school)));
        }
        add(outcomes);
        add(new H2("Where open cases are"),
                new Paragraph("Each step shows how many steps of the cases are waiting there. "
                        + "Choose a number in the tables to see the cases."),
                journey, plan, casework, referrals);
        if (!figures.scope().manySchools()) {
            journeyTimes = new StepTimesTable("Understanding the barriers", CaseStage.UNDERSTANDING.processId(),
                    figures.stepTimes());
            planTimes = new StepTimesTable("Stepped support plan", CaseStage.SUPPORT_PLAN.processId(),
                    figures.stepTimes());
            add(new H2("How long steps take"), journeyTimes, planTimes);
        }
    }

    /** The school this page is about, when it is about one. */
    private Optional<String> oneSchoolShown(String school) {
        if (school != null) {
            return Optional.of(school);
        }
        return user.localAuthority() == null ? user.school().map(Object::toString) : Optional.empty();
    }

    /** The same page object is reused when only the school in the address changes. */
    private void forgetPreviousFigures() {
        attention = null;
        journey = null;
        plan = null;
        casework = null;
        referrals = null;
        journeyTimes = null;
        planTimes = null;
        schools = null;
    }

    private ProcessHeatMap heatMap(String heading, CaseStage stage, Overview.Figures figures, String school) {
        return new ProcessHeatMap(heading, stage.processId(), diagrams.xml(stage.processId()).orElse(""),
                figures.openSteps(), school);
    }

    private static Div attendance(SchoolFigures figures) {
        var row = new Div(
                figure("Pupils with sessions this year", String.valueOf(figures.pupils())),
                figure("Attendance this year", figures.sessionsPossible() == 0 ? "None recorded"
                        : AttendancePercent.format(figures.attendancePercent())),
                figure("Persistently absent (missing 10% or more)",
                        figures.persistentlyAbsent() + " (" + AttendancePercent.format(figures.persistentAbsenceRate()) + ")"),
                figure("Severely absent (missing 50% or more)", String.valueOf(figures.severelyAbsent())));
        row.addClassName("figure-row");
        return row;
    }

    private static Div figure(String label, String value) {
        var number = new Span(value);
        number.addClassName("figure-value");
        var figure = new Div(number, new Span(label));
        figure.addClassName("figure");
        return figure;
    }
}
