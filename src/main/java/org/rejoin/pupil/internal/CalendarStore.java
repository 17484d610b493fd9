package org.rejoin.pupil.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolCalendar.DateRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Term dates, closures and bank holidays, read together into a {@link SchoolCalendar}. */
@Component
public class CalendarStore {

    private final JdbcTemplate jdbc;

    CalendarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void addTerm(UUID schoolId, String name, LocalDate from, LocalDate to) {
        jdbc.update("insert into school_term (id, school_id, name, starts_on, ends_on) values (?, ?, ?, ?, ?)",
                UUID.randomUUID(), schoolId, name, from, to);
    }

    public void addClosure(UUID schoolId, LocalDate from, LocalDate to, String reason) {
        jdbc.update("insert into school_closure (id, school_id, starts_on, ends_on, reason) values (?, ?, ?, ?, ?)",
                UUID.randomUUID(), schoolId, from, to, reason);
    }

    public void addBankHoliday(LocalDate date, String name) {
        jdbc.update("insert into bank_holiday (holiday_date, name) values (?, ?) on conflict (holiday_date) do nothing",
                date, name);
    }

    public SchoolCalendar calendarOf(UUID schoolId) {
        List<DateRange> terms = jdbc.query("select starts_on, ends_on from school_term where school_id = ?",
                (rs, i) -> new DateRange(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), schoolId);
        List<DateRange> closures = jdbc.query("select starts_on, ends_on from school_closure where school_id = ?",
                (rs, i) -> new DateRange(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), schoolId);
        var holidays = new HashSet<>(jdbc.query("select holiday_date from bank_holiday",
                (rs, i) -> rs.getDate(1).toLocalDate()));
        return new SchoolCalendar(terms, closures, holidays);
    }

    /**
     * The Monday of the week the current school year starts in: weekly attendance is kept by the week's
     * Monday, so a term starting on a Wednesday still counts its first week.
     */
    public LocalDate schoolYearFirstWeek(UUID schoolId, LocalDate today) {
        return schoolYearStart(schoolId, today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first day of the current school year's first term, or 1 September when none is recorded. */
    public LocalDate schoolYearStart(UUID schoolId, LocalDate today) {
        LocalDate september = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 9, 1);
        List<LocalDate> starts = jdbc.query(
                "select min(starts_on) from school_term where school_id = ? and starts_on >= ? having count(*) > 0",
                (rs, i) -> rs.getDate(1).toLocalDate(), schoolId, september.minusDays(14));
        return starts.isEmpty() ? september : starts.getFirst();
    }
}
