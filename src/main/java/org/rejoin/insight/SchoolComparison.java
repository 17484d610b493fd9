package org.rejoin.insight;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.CaseFigures;
import org.rejoin.casework.CaseStage;
import org.rejoin.inbox.InboxFigures;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.referral.ReferralFigures;
import org.rejoin.security.Oversight;
import org.rejoin.support.PlanFigures;
import org.springframework.stereotype.Component;

/**
 * One row per school overseen, side by side: attendance, persistent absence, open cases by stage, overdue
 * steps, open and late referrals, reviews due. Each column is one grouped query, not one query per school.
 */
@Component
public class SchoolComparison {

    public record Row(SchoolInfo school, SchoolFigures attendance, long understanding, long supportPlan,
                      long overdueSteps, long openReferrals, long referralsPastAnswerBy, long reviewsDueThisWeek) {
    }

    private static final ReferralFigures.OpenReferrals NO_REFERRALS = new ReferralFigures.OpenReferrals(0, 0);

    private final SchoolService schools;
    private final PupilService pupils;
    private final CaseFigures cases;
    private final InboxFigures inbox;
    private final ReferralFigures referrals;
    private final PlanFigures plans;

    SchoolComparison(SchoolService schools, PupilService pupils, CaseFigures cases, InboxFigures inbox,
                     ReferralFigures referrals, PlanFigures plans) {
        this.schools = schools;
        this.pupils = pupils;
        this.cases = cases;
        this.inbox = inbox;
        this.referrals = referrals;
        this.plans = plans;
    }

    /** Every school overseen, by name. */
    public List<Row> rows(Oversight scope) {
        Map<UUID, SchoolFigures> attendance = pupils.figuresBySchool(scope);
        Map<UUID, Map<CaseStage, Long>> stages = cases.openBySchoolAndStage(scope);
        Map<UUID, Long> overdue = inbox.overdueBySchool(scope);
        Map<UUID, ReferralFigures.OpenReferrals> open = referrals.openBySchool(scope);
        Map<UUID, Long> reviews = plans.reviewsDueThisWeekBySchool(scope);
        return schools.overseen(scope).stream().map(school -> {
            UUID id = school.id();
            Map<CaseStage, Long> byStage = stages.getOrDefault(id, Map.of());
            ReferralFigures.OpenReferrals referralsOfSchool = open.getOrDefault(id, NO_REFERRALS);
            return new Row(school, attendance.getOrDefault(id, SchoolFigures.NONE),
                    byStage.getOrDefault(CaseStage.UNDERSTANDING, 0L), byStage.getOrDefault(CaseStage.SUPPORT_PLAN, 0L),
                    overdue.getOrDefault(id, 0L), referralsOfSchool.open(), referralsOfSchool.pastAnswerBy(),
                    reviews.getOrDefault(id, 0L));
        }).toList();
    }
}
