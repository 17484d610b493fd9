package org.rejoin.insight;

import java.util.UUID;
import org.rejoin.casework.CaseFigures;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.CaseSummary;
import org.rejoin.inbox.InboxFigures;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralFigures;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.support.PlanFigures;
import org.rejoin.support.PlanState;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The cases behind one number of the overview: the module that owns the number pages the case ids in SQL
 * (scoped to the schools the person oversees, or the one school the list names), casework adds the pupil's name and the stage. Leaders and local authority officers only.
 */
@Service
public class OverviewCases {

    private final InboxFigures inbox;
    private final CaseFigures cases;
    private final PlanFigures plans;
    private final ReferralFigures referrals;
    private final OverviewScope scopes;

    OverviewCases(InboxFigures inbox, CaseFigures cases, PlanFigures plans, ReferralFigures referrals,
                  OverviewScope scopes) {
        this.scopes = scopes;
        this.inbox = inbox;
        this.cases = cases;
        this.plans = plans;
        this.referrals = referrals;
    }

    /** One page of the list; an unknown list or value is an IllegalArgumentException. */
    public Page<CaseSummary> list(UserAccount user, CaseListFilter filter, Pageable page) {
        Oversight scope = scopes.of(user, filter);
        Page<UUID> ids = ids(scope, filter, page);
        return new PageImpl<>(cases.summaries(scope, ids.getContent()), page, ids.getTotalElements());
    }

    /** What the list holds, in words, for its heading. */
    public String title(UserAccount user, CaseListFilter filter) {
        Oversight leader = scopes.of(user, filter);
        return switch (filter.kind()) {
            case ELEMENT -> "Cases with an open step at “" + stepName(leader, filter) + "”";
            case STAGE -> "Open cases: " + CaseStage.valueOf(filter.require("stage")).label();
            case PLAN_STATE -> "Support plans: " + PlanState.valueOf(filter.require("state")).label();
            case OVERDUE -> filter.get("assignee") == null ? "Cases with an overdue step nobody has claimed"
                    : "Cases with an overdue step held by " + personName(leader, filter.get("assignee"));
            case REFERRAL -> ("true".equals(filter.get("late")) ? "Referrals past their answer-by date: " : "Referrals: ")
                    + AgencyType.valueOf(filter.require("agency")).label() + ", "
                    + ReferralStatus.valueOf(filter.require("status")).label().toLowerCase(java.util.Locale.UK);
            case REVIEWS_DUE -> "Support plan reviews due this week";
            case PART_TIME_RUNNING -> "Part-time timetables running";
            case PART_TIME_ENDING -> "Part-time timetables ending within 10 days";
            case UNCLAIMED -> "Cases with a step nobody has claimed";
            case OVERDUE_ANYONE -> "Cases with an overdue step";
            case DUE_THIS_WEEK -> "Cases with a step due in the next 7 days";
            case STALLED_PLANS -> "Support plans stalled at their latest review";
            case WAITING_ON_AGENCIES -> "Cases waiting on an agency to answer a referral";
        };
    }

    private Page<UUID> ids(Oversight leader, CaseListFilter f, Pageable page) {
        return switch (f.kind()) {
            case ELEMENT -> inbox.casesAtElement(leader, f.require("process"), f.require("element"), page);
            case STAGE -> cases.openAtStage(leader, CaseStage.valueOf(f.require("stage")), page);
            case PLAN_STATE -> plans.casesInState(leader, PlanState.valueOf(f.require("state")), page);
            case OVERDUE -> inbox.casesOverdueFor(leader, f.get("assignee"), page);
            case REFERRAL -> referrals.cases(leader, AgencyType.valueOf(f.require("agency")),
                    ReferralStatus.valueOf(f.require("status")), "true".equals(f.get("late")), page);
            case REVIEWS_DUE -> plans.cases(leader, PlanFigures.Kind.REVIEWS_DUE_THIS_WEEK, page);
            case PART_TIME_RUNNING -> plans.cases(leader, PlanFigures.Kind.PART_TIME_RUNNING, page);
            case PART_TIME_ENDING -> plans.cases(leader, PlanFigures.Kind.PART_TIME_ENDING_SOON, page);
            case UNCLAIMED -> inbox.casesUnclaimed(leader, page);
            case OVERDUE_ANYONE -> inbox.casesOverdue(leader, page);
            case DUE_THIS_WEEK -> inbox.casesDueWithinAWeek(leader, page);
            case STALLED_PLANS -> plans.stalledCases(leader, page);
            case WAITING_ON_AGENCIES -> referrals.casesWaitingOnAgencies(leader, page);
        };
    }

    private String personName(Oversight leader, String assignee) {
        return inbox.overdueByAssignee(leader).stream().filter(o -> assignee.equals(o.assignee()))
                .map(InboxFigures.OverdueCount::displayName).filter(java.util.Objects::nonNull).findFirst()
                .orElse(assignee);
    }

    private String stepName(Oversight leader, CaseListFilter filter) {
        String process = filter.require("process");
        String element = filter.require("element");
        return inbox.openTasksByElement(leader).stream()
                .filter(e -> e.processId().equals(process) && e.elementId().equals(element))
                .map(InboxFigures.ElementCount::elementName).findFirst().orElse(element);
    }
}
