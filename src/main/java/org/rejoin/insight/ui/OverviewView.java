package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.casework.CaseFigures;
import org.rejoin.casework.CaseStage;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.inbox.InboxFigures;
import org.rejoin.pupil.AttendancePercent;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.referral.ReferralFigures;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanFigures;

/**
 * A leader's look at their school: attendance, where the open cases are in the journey and the plan, cases
 * by stage, overdue steps by person, referrals, and what falls due soon. Every number opens its cases.
 */
@Route(value = "overview", layout = MainLayout.class)
@PageTitle("Overview | Rejoin")
@Menu(order = 0, title = "Overview", icon = "vaadin:dashboard")
@RolesAllowed("LEADER")
public class OverviewView extends VerticalLayout {

    final ProcessHeatMap journey;
    final ProcessHeatMap plan;
    final CaseworkTables casework;
    final ReferralTable referrals;
    final StepTimesTable journeyTimes;
    final StepTimesTable planTimes;

    public OverviewView(PupilService pupils, CurrentUser currentUser, ProcessDiagrams diagrams, InboxFigures inbox,
                        CaseFigures cases, PlanFigures plans, ReferralFigures referralFigures) {
        UserAccount user = currentUser.require();
        SchoolFigures figures = pupils.figuresOfMySchool(user);
        var row = new Div(
                figure("Pupils", String.valueOf(figures.pupils())),
                figure("Attendance this year", AttendancePercent.format(figures.attendancePercent())),
                figure("Persistently absent (missing 10% or more)",
                        figures.persistentlyAbsent() + " (" + AttendancePercent.format(figures.persistentAbsenceRate()) + ")"),
                figure("Severely absent (missing 50% or more)", String.valueOf(figures.severelyAbsent())));
        row.addClassName("figure-row");

        List<InboxFigures.ElementCount> openSteps = inbox.openTasksByElement(user);
        journey = heatMap("Understanding the barriers", CaseStage.UNDERSTANDING, diagrams, openSteps);
        plan = heatMap("Stepped support plan", CaseStage.SUPPORT_PLAN, diagrams, openSteps);
        Map<PlanFigures.Kind, Long> dates = new EnumMap<>(PlanFigures.Kind.class);
        for (PlanFigures.Kind kind : PlanFigures.Kind.values()) {
            dates.put(kind, plans.count(user, kind));
        }
        casework = new CaseworkTables(cases.openByStage(user), plans.plansByState(user),
                inbox.overdueByAssignee(user), dates);
        referrals = new ReferralTable(referralFigures.byAgencyAndStatus(user));
        List<InboxFigures.StepTime> times = inbox.medianTimeByElement(user);
        journeyTimes = new StepTimesTable("Understanding the barriers", CaseStage.UNDERSTANDING.processId(), times);
        planTimes = new StepTimesTable("Stepped support plan", CaseStage.SUPPORT_PLAN.processId(), times);

        add(new H1("Overview"), row, new H2("Where open cases are"),
                new Paragraph("Each step shows how many steps of your school's cases are waiting there. "
                        + "Choose a number in the tables to see the cases."),
                journey, plan, casework, referrals, new H2("How long steps take"), journeyTimes, planTimes);
    }

    private static ProcessHeatMap heatMap(String heading, CaseStage stage, ProcessDiagrams diagrams,
                                          List<InboxFigures.ElementCount> openSteps) {
        return new ProcessHeatMap(heading, stage.processId(), diagrams.xml(stage.processId()).orElse(""), openSteps);
    }

    private static Div figure(String label, String value) {
        var number = new Span(value);
        number.addClassName("figure-value");
        var figure = new Div(number, new Span(label));
        figure.addClassName("figure");
        return figure;
    }
}
