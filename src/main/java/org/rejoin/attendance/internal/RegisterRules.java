package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.Upn;

/**
 * What every session of a register file is checked against: the school's roll, its calendar and today.
 * Each check returns the problem in words a champion can act on, or nothing.
 */
record RegisterRules(Map<String, UUID> pupilsByUpn, Map<String, UUID> pupilsByMisId, SchoolCalendar calendar, LocalDate today) {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** The UPN as written in the pupil table, or the reason it cannot be used. */
    Checked<String> upn(String text) {
        if (text.isEmpty()) {
            return Checked.problem("UPN is missing");
        }
        try {
            return Checked.ok(Upn.of(text).value());
        } catch (Upn.InvalidUpnException e) {
            return Checked.problem(e.getMessage());
        }
    }

    Checked<UUID> pupil(String upn) {
        UUID id = pupilsByUpn.get(upn);
        return id == null ? Checked.problem("No pupil with UPN " + upn + " at your school") : Checked.ok(id);
    }

    /** The pupil of an MIS id (as the roster import stored it), or the reason there is none. */
    Checked<UUID> pupilByMisId(String text) {
        if (text.isEmpty()) {
            return Checked.problem("MIS ID is missing");
        }
        UUID id = pupilsByMisId.get(text);
        return id == null ? Checked.problem("No pupil with MIS ID " + text + " at your school (MIS IDs come from "
                + "the roster import)") : Checked.ok(id);
    }

    Checked<LocalDate> date(String what, String text) {
        if (text.isEmpty()) {
            return Checked.problem(what + " is missing");
        }
        String day = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) : text; // "2025-09-08 00:00"
        for (DateTimeFormatter format : DATES) {
            try {
                return Checked.ok(LocalDate.parse(day, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Checked.problem(what + " '" + text + "' is not a date: write it as yyyy-MM-dd or dd/MM/yyyy");
    }

    Checked<String> session(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "AM", "A", "MORNING", "1" -> Checked.ok("AM");
            case "PM", "P", "AFTERNOON", "2" -> Checked.ok("PM");
            case "" -> Checked.problem("Session is missing: AM or PM");
            default -> Checked.problem("Session '" + text + "' is not AM or PM");
        };
    }

    Checked<AttendanceCode> mark(String text) {
        Optional<String> refusal = AttendanceCode.refusal(text);
        return refusal.isPresent() ? Checked.problem(refusal.get()) : Checked.ok(AttendanceCode.of(text).orElseThrow());
    }

    /**
     * A session must be on a school day of the school's calendar and not after today. A planned closure (#)
     * may fall on a weekday the calendar closes, since MIS registers mark INSET days with it.
     */
    Optional<String> when(LocalDate date, AttendanceCode code) {
        if (date.isAfter(today)) {
            return Optional.of(date + " is in the future");
        }
        if (calendar.isSchoolDay(date)) {
            return Optional.empty();
        }
        boolean weekday = date.getDayOfWeek().getValue() <= 5;
        if (code == AttendanceCode.CLOSED && weekday) {
            return Optional.empty();
        }
        return Optional.of(date + " (a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                + ") is not a school day in your school's calendar");
    }

    Checked<Integer> minutesLate(String text) {
        if (text.isEmpty()) {
            return Checked.ok(null);
        }
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > 600) {
            return Checked.problem("Minutes late '" + text + "' is not a number of minutes from 0 to 600");
        }
        return Checked.ok(Integer.parseInt(text));
    }

    Checked<String> comment(String text) {
        if (text.length() > 1000) {
            return Checked.problem("The comment is longer than 1,000 characters");
        }
        return Checked.ok(text.isEmpty() ? null : text);
    }

    /** A value, or why there is none. */
    record Checked<T>(T value, String problem) {
        static <T> Checked<T> ok(T value) {
            return new Checked<>(value, null);
        }

        static <T> Checked<T> problem(String problem) {
            return new Checked<>(null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }
}
