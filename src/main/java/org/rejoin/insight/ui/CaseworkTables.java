package org.rejoin.insight.ui;

import static org.rejoin.insight.ui.FigureTable.number;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Map;
import org.rejoin.casework.CaseStage;
import org.rejoin.inbox.InboxFigures.OverdueCount;
import org.rejoin.insight.CaseListFilter;
import org.rejoin.insight.CaseListFilter.Kind;
import org.rejoin.support.PlanFigures;
import org.rejoin.support.PlanState;

/** Open cases by stage and plans by state, overdue steps by person, and what falls due soon. */
class CaseworkTables extends Div {

    final FigureTable stages = new FigureTable("Open cases by stage", "Stage", "Open cases");
    final FigureTable plans = new FigureTable("Support plans by where they are", "Where the plan is", "Plans");
    final FigureTable overdue = new FigureTable("Overdue steps by person, most first", "Person", "Overdue steps");
    final FigureTable comingUp = new FigureTable("Coming up", "What", "Cases");

    CaseworkTables(Map<CaseStage, Long> byStage, Map<PlanState, Long> byPlanState, List<OverdueCount> overdueBy,
                   Map<PlanFigures.Kind, Long> dates, String school, boolean oneSchool) {
        byStage.forEach((stage, n) -> stages.add(stage.label(), number(n,
                CaseListFilter.of(Kind.STAGE, "stage", stage.name()).ofSchool(school), "open cases, " + stage.label())));
        byPlanState.forEach((state, n) -> plans.add(state.label(), number(n,
                CaseListFilter.of(Kind.PLAN_STATE, "state", state.name()).ofSchool(school), "plans, " + state.label())));

        overdueBy.forEach(o -> {
            String who = o.unclaimed() ? "Not claimed by anyone"
                    : o.displayName() == null ? o.assignee() : o.displayName();
            overdue.add(who, number(o.overdueTasks(),
                    CaseListFilter.of(Kind.OVERDUE, "assignee", o.assignee()).ofSchool(school), "overdue steps, " + who));
        });
        if (overdueBy.isEmpty()) {
            overdue.addNothing("No step is overdue.", 2);
        }

        comingUp.add("Support plan reviews due this week (Monday to Sunday)",
                number(dates.getOrDefault(PlanFigures.Kind.REVIEWS_DUE_THIS_WEEK, 0L),
                        CaseListFilter.of(Kind.REVIEWS_DUE).ofSchool(school), "reviews due this week"));
        comingUp.add("Part-time timetables running",
                number(dates.getOrDefault(PlanFigures.Kind.PART_TIME_RUNNING, 0L),
                        CaseListFilter.of(Kind.PART_TIME_RUNNING).ofSchool(school), "part-time timetables running"));
        comingUp.add("Part-time timetables ending within 10 days",
                number(dates.getOrDefault(PlanFigures.Kind.PART_TIME_ENDING_SOON, 0L),
                        CaseListFilter.of(Kind.PART_TIME_ENDING).ofSchool(school),
                        "part-time timetables ending within 10 days"));

        add(new H2("Cases by stage"), stages, plans);
        if (oneSchool) {
            add(new H2("Overdue steps"), overdue);
        }
        add(new H2("Coming up"), comingUp);
    }
}
