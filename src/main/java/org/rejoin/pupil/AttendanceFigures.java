package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.List;
import org.rejoin.pupil.internal.AbsenceTrendQuery;
import org.rejoin.pupil.internal.AttendanceChangeQuery;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance figures for outcomes, over the schools a person oversees (nothing for anyone who oversees none):
 * <ul>
 * <li>attendance before and since a day, per pupil and added up. <b>Before</b>: the six latest weeks with
 * possible sessions whose Monday falls before the day (a case opened on a Wednesday counts its own week as
 * before: the import of that week is what raised the concern). <b>Since</b>: every week with possible
 * sessions whose Monday is on or after the day and, when the window ends, before its end;</li>
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

    /** One row per window of a pupil overseen, sorted in the database (by default the worst change first). */
    @Transactional(readOnly = true)
    public Page<AttendanceBeforeAndSince> beforeAndSince(Oversight scope, List<AttendanceWindow> windows,
                                                         Pageable page) {
        if (scope.isEmpty() || windows.isEmpty()) {
            return Page.empty(page);
        }
        var rows = change.page(scope, windows, page.getSort(), page.getOffset(), page.getPageSize());
        return new PageImpl<>(rows, page, change.count(scope, windows));
    }

    @Transactional(readOnly = true)
    public AttendanceChangeTotals totals(Oversight scope, List<AttendanceWindow> windows) {
        if (scope.isEmpty() || windows.isEmpty()) {
            return AttendanceChangeTotals.NONE;
        }
        return change.totals(scope, windows);
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
