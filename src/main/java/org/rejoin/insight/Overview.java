package org.rejoin.insight;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rejoin.casework.CaseFigures;
import org.rejoin.casework.CaseStage;
import org.rejoin.inbox.InboxFigures;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.referral.ReferralFigures;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanFigures;
import org.rejoin.support.PlanState;
import org.springframework.stereotype.Service;

/**
 * Everything the overview shows, gathered for the schools a person oversees (or the one school the page
 * names): each figure counted in SQL by the module owning its table, from what the app recorded as things
 * happened, never by asking the engine.
 */
@Service
public class Overview {

    /**
     * The overview's figures; {@code schools} compares schools and is empty unless several are overseen;
     * {@code stepTimes} is empty when several are.
     */
    public record Figures(Oversight scope, Optional<SchoolInfo> school, SchoolFigures attendance, List<InboxFigures.ElementCount> openSteps,
                          Map<CaseStage, Long> casesByStage, Map<PlanState, Long> plansByState,
                          List<InboxFigures.OverdueCount> overdueByPerson, Map<PlanFigures.Kind, Long> comingUp,
                          List<ReferralFigures.ReferralCount> referrals, List<InboxFigures.StepTime> stepTimes,
                          List<SchoolComparison.Row> schools) {
    }

    /**
     * What needs attention first, in cases (each opens its list): a step nobody has claimed, a step overdue,
     * a step due in the next seven days, a running plan stalled at its latest review, a referral an agency has
     * not yet answered.
     */
    public record Attention(Oversight scope, long unclaimed, long overdue, long dueThisWeek, long stalledPlans,
                            long waitingOnAgencies) {
    }

    private final PupilService pupils;
    private final InboxFigures inbox;
    private final CaseFigures cases;
    private final PlanFigures plans;
    private final ReferralFigures referrals;
    private final SchoolComparison comparison;
    private final OverviewScope scopes;

    Overview(PupilService pupils, InboxFigures inbox, CaseFigures cases, PlanFigures plans, ReferralFigures referrals,
             SchoolComparison comparison, OverviewScope scopes) {
        this.scopes = scopes;
        this.pupils = pupils;
        this.inbox = inbox;
        this.cases = cases;
        this.plans = plans;
        this.referrals = referrals;
        this.comparison = comparison;
    }

    /** The figures of every school the user oversees, or of {@code school} alone (one of them) when given. */
    public Figures of(UserAccount user, String school) {
        OverviewScope.Resolved resolved = scopes.resolve(user, school);
        Oversight scope = resolved.oversight();
        Map<PlanFigures.Kind, Long> comingUp = new EnumMap<>(PlanFigures.Kind.class);
        for (PlanFigures.Kind kind : PlanFigures.Kind.values()) {
            comingUp.put(kind, plans.count(scope, kind));
        }
        List<SchoolComparison.Row> schools = scope.manySchools() ? comparison.rows(scope) : List.of();
        SchoolFigures attendance = schools.isEmpty() ? pupils.schoolFigures(scope)
                : SchoolFigures.total(schools.stream().map(SchoolComparison.Row::attendance));
        return new Figures(scope, resolved.school(), attendance, inbox.openTasksByElement(scope), cases.openByStage(scope),
                plans.plansByState(scope), scope.manySchools() ? List.of() : inbox.overdueByAssignee(scope), comingUp,
                referrals.byAgencyAndStatus(scope), stepTimes(scope), schools);
    }

    /** The counts at the top of the overview, over the same schools as {@link #of}. */
    public Attention attention(UserAccount user, String school) {
        Oversight scope = scopes.resolve(user, school).oversight();
        return new Attention(scope, inbox.casesUnclaimedCount(scope), inbox.casesOverdueCount(scope),
                inbox.casesDueWithinAWeekCount(scope), plans.stalledCount(scope),
                referrals.casesWaitingOnAgenciesCount(scope));
    }

    /**
     * One school's step times (milliseconds); an authority's year of steps (hundreds of thousands) is an
     * outcome to study on the Outcomes page, not a figure to count on every look at the overview.
     */
    private List<InboxFigures.StepTime> stepTimes(Oversight scope) {
        return scope.manySchools() ? List.of() : inbox.medianTimeByElement(scope);
    }
}
