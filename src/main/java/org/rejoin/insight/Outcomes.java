package org.rejoin.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.rejoin.casework.CaseTimings;
import org.rejoin.casework.CaseTimings.CaseMoment;
import org.rejoin.casework.TimeFromConcern;
import org.rejoin.inbox.InboxFigures;
import org.rejoin.pupil.AbsenceWeek;
import org.rejoin.pupil.AttendanceBeforeAndSince;
import org.rejoin.pupil.AttendanceChangeTotals;
import org.rejoin.pupil.AttendanceFigures;
import org.rejoin.security.Oversight;
import org.rejoin.support.PlanFigures;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * What came of the casework, for the schools overseen: attendance before and since each case opened in the
 * last 12 months, persistent absence week by week this school year and last, the time from first concern
 * to a support plan, and how long each step takes. Each module counts its own tables; the cross-module figures pass ids and dates between
 * them (a few statements however many cases), all from what the app recorded, never from the engine.
 */
@Service
public class Outcomes {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseTimings cases;
    private final AttendanceFigures attendance;
    private final PlanFigures plans;
    private final InboxFigures inbox;
    private final Clock clock;

    Outcomes(CaseTimings cases, AttendanceFigures attendance, PlanFigures plans, InboxFigures inbox, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.attendance = attendance;
        this.plans = plans;
        this.inbox = inbox;
    }

    /** How long each step took, median from inbox to submitted, over the steps completed in the last 12 months. */
    public List<InboxFigures.StepTime> stepTimes(Oversight scope) {
        return inbox.medianTimeByElement(scope);
    }

    /** Cases opened in the last 12 months, one row each, by default the worst change first. */
    public Page<AttendanceBeforeAndSince> attendanceByCase(Oversight scope, Pageable page) {
        return attendance.beforeAndSince(scope, today().minusMonths(12), page);
    }

    public AttendanceChangeTotals attendanceTotals(Oversight scope) {
        return attendance.totals(scope, today().minusMonths(12));
    }

    /** Every week recorded from the start of last school year (1 August) to now. */
    public List<AbsenceWeek> absenceByWeek(Oversight scope) {
        return attendance.absenceByWeek(scope, AttendanceFigures.schoolYearStart(today()).minusYears(1));
    }

    /** Days from a case opening to its support plan starting, for plans started in the last 12 months. */
    public TimeFromConcern timeToPlan(Oversight scope) {
        List<CaseMoment> starts = plans.startedSince(scope, yearAgo()).stream()
                .map(start -> new CaseMoment(start.caseId(), start.startedAt())).toList();
        return cases.daysFromOpening(scope, starts);
    }

    /** The start of the day 12 months ago, UK time. */
    Instant yearAgo() {
        return today().minusMonths(12).atStartOfDay(UK).toInstant();
    }

    /** Today by the app's clock, from which every window ("the last 12 months", "this school year and last") counts. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
