package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.List;
import org.rejoin.pupil.internal.AbsenceTrendQuery;
import org.rejoin.pupil.internal.AttendanceChangeQuery;
import org.rejoin.pupil.internal.AttendanceWindowStore;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance figures for outcomes, over the schools a person oversees (nothing for anyone who oversees none):
 * <ul>
 * <li>attendance before and since each window (a case's opening day), per window and added up: the six
 * school weeks before it against the weeks since (see {@link AttendanceWindowStore}). Windows are started and
 * ended through {@link PupilService}; their figures follow the pupil's attendance as it is recorded;</li>
 * <li>persistent and severe absence as at every week of a school year (August to July).</li>
 * </ul>
 */
@Component
public class AttendanceFigures {

    private final AttendanceChangeQuery change;
    private final AbsenceTrendQuery trend;

    AttendanceFigures(AttendanceChangeQuery change, AbsenceTrendQuery trend) {
        this.change = change;
        this.trend = trend;
    }

    /**
     * One row per window started on or after the day in the schools overseen, sorted in the database (by
     * default the worst change first).
     */
    @Transactional(readOnly = true)
    public Page<AttendanceBeforeAndSince> beforeAndSince(Oversight scope, LocalDate startedFrom, Pageable page) {
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        var rows = change.page(scope, startedFrom, page.getSort(), page.getOffset(), page.getPageSize());
        return new PageImpl<>(rows, page, change.count(scope, startedFrom));
    }

    @Transactional(readOnly = true)
    public AttendanceChangeTotals totals(Oversight scope, LocalDate startedFrom) {
        if (scope.isEmpty()) {
            return AttendanceChangeTotals.NONE;
        }
        return change.totals(scope, startedFrom);
    }

    /** Every week recorded from {@code from} on, oldest first. */
    @Transactional(readOnly = true)
    public List<AbsenceWeek> absenceByWeek(Oversight scope, LocalDate from) {
        return scope.isEmpty() ? List.of() : trend.weeksFrom(scope, from);
    }

    /** 1 August of the school year holding this day: the day {@code school_attendance_week} starts counting again. */
    public static LocalDate schoolYearStart(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1, 8, 1);
    }
}
