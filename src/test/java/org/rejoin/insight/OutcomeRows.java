package org.rejoin.insight;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.rejoin.TestData;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.AttendanceWindow;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the outcomes figures of one fresh school: attendance through {@link PupilService#recordAttendance}
 * (which also rolls up the school's weeks and recounts the pupil's case windows), cases and plans written
 * straight into their tables with the dates a test needs (the app stamps them with now()), each case's
 * attendance window started as {@code CaseService} starts it. Times are noon UK, so every UK date is plain.
 */
public record OutcomeRows(JdbcTemplate jdbc, TestData data, PupilService pupils, SchoolInfo school) {

    static final ZoneId UK = ZoneId.of("Europe/London");

    public UUID pupil(String surname) {
        return data.pupil(school, surname);
    }

    /** One week of a pupil: present out of possible, the rest unauthorised absence. */
    public void week(UUID pupil, LocalDate monday, int present, int possible) {
        pupils.recordAttendance(List.of(new AttendanceWeek(pupil, monday, possible, present, 0, possible - present,
                0, null)));
    }

    /** A case of a new pupil opened at noon that day, closed at noon on {@code closedOn} (null: open). */
    public Case caseOf(String surname, LocalDate openedOn, LocalDate closedOn) {
        UUID pupil = pupil(surname);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into pupil_case (id, pupil_id, school_id, state, stage, origin, reason, opened_by, opened_at,
                                        closed_at)
                values (?, ?, ?, ?, ?, 'BY_HAND', 'outcomes test', 'test', ?, ?)""", id, pupil, school.id(),
                closedOn == null ? "OPEN" : "CLOSED", closedOn == null ? "UNDERSTANDING" : "CLOSED", noon(openedOn),
                closedOn == null ? null : noon(closedOn));
        pupils.startAttendanceWindow(new AttendanceWindow(id, pupil, openedOn, closedOn)); // as CaseService does
        return new Case(id, pupil);
    }

    /** A case opened {@code days} days before its support plan started, at noon on {@code planStarted}. */
    public UUID planAfter(String surname, int days, LocalDate planStarted) {
        Case c = caseOf(surname, planStarted.minusDays(days), null);
        jdbc.update("update pupil_case set stage = 'SUPPORT_PLAN' where id = ?", c.id());
        jdbc.update("""
                insert into support_plan (case_id, school_id, pupil_id, review_every, started_at)
                values (?, ?, ?, 'P14D', ?)""", c.id(), school.id(), c.pupil(), noon(planStarted));
        return c.id();
    }

    /** The second Monday of September of the school year starting then: always in it, and a week of term. */
    public static LocalDate september(LocalDate schoolYearStart) {
        return schoolYearStart.withMonth(9).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
    }

    static Timestamp noon(LocalDate day) {
        return Timestamp.from(day.atTime(LocalTime.NOON).atZone(UK).toInstant());
    }

    static Instant noonInstant(LocalDate day) {
        return noon(day).toInstant();
    }

    public record Case(UUID id, UUID pupil) {
    }
}
