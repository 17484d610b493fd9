package org.rejoin.pupil.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.pupil.Upn;

/**
 * The checks one row of an attendance file must pass. Every failure is kept, in words a champion
 * can act on, so one upload shows everything there is to fix in the row.
 */
final class AttendanceRowCheck {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CSVRecord record;
    private final Map<AttendanceColumn, Integer> columns;
    private final List<String> reasons = new ArrayList<>();
    private final AttendanceCsvRow row;
    private final LocalDate today;

    /** {@code today} by the app's clock: a week starting after it is in the future. */
    AttendanceRowCheck(long line, CSVRecord record, Map<AttendanceColumn, Integer> columns, LocalDate today) {
        this.record = record;
        this.columns = columns;
        this.today = today;
        String upn = upn();
        LocalDate week = week();
        Integer possible = count(AttendanceColumn.SESSIONS_POSSIBLE);
        Integer present = count(AttendanceColumn.PRESENT);
        Integer authorised = count(AttendanceColumn.AUTHORISED_ABSENCE);
        Integer unauthorised = count(AttendanceColumn.UNAUTHORISED_ABSENCE);
        Integer late = count(AttendanceColumn.LATE);
        String marks = marks();
        if (possible != null && present != null && authorised != null && unauthorised != null && late != null) {
            if (present + authorised + unauthorised != possible) {
                reasons.add("Present (" + present + ") + authorised absence (" + authorised + ") + unauthorised absence ("
                        + unauthorised + ") make " + (present + authorised + unauthorised)
                        + ", not the " + possible + " sessions possible");
            }
            if (late > present) {
                reasons.add("Late (" + late + ") is more than present (" + present + "): a late pupil was present");
            }
            if (marks != null) {
                compare(marks, possible, present, authorised, unauthorised, late);
            }
        }
        row = reasons.isEmpty()
                ? new AttendanceCsvRow(line, upn, week, possible, present, authorised, unauthorised, late, marks)
                : null;
    }

    /** The row, or null when {@link #reasons()} says why it cannot be imported. */
    AttendanceCsvRow row() {
        return row;
    }

    List<String> reasons() {
        return reasons;
    }

    private String value(AttendanceColumn column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).trim();
    }

    private String upn() {
        String text = value(AttendanceColumn.UPN);
        if (text.isEmpty()) {
            reasons.add("UPN is missing");
            return null;
        }
        try {
            return Upn.of(text).value();
        } catch (Upn.InvalidUpnException e) {
            reasons.add(e.getMessage());
            return null;
        }
    }

    private LocalDate week() {
        String text = value(AttendanceColumn.WEEK_STARTING);
        if (text.isEmpty()) {
            reasons.add("Week starting is missing");
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            reasons.add("Week starting '" + text + "' is not a date: write it as yyyy-MM-dd or dd/MM/yyyy");
        } else if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            reasons.add("Week starting " + date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                    + ", not a Monday");
        } else if (date.isAfter(today)) {
            reasons.add("Week starting " + date + " is in the future");
        } else {
            return date;
        }
        return null;
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : List.of(ISO, UK)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private Integer count(AttendanceColumn column) {
        String text = value(column);
        if (text.isEmpty()) {
            reasons.add(column.title() + " is missing");
        } else if (text.matches("-\\d+")) {
            reasons.add(column.title() + " cannot be negative (" + text + ")");
        } else if (!text.matches("\\d+")) {
            reasons.add(column.title() + " '" + text + "' is not a whole number");
        } else if (text.length() > 2 || Integer.parseInt(text) > 10) {
            reasons.add(column.title() + " must be 0 to 10 sessions in a week, not " + text);
        } else {
            return Integer.parseInt(text);
        }
        return null;
    }

    private String marks() {
        String text = value(AttendanceColumn.SESSION_MARKS).toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[/LAU-]{10}")) {
            reasons.add("Session marks '" + text + "' must be ten marks, Monday AM to Friday PM, each one of / L A U -");
            return null;
        }
        return text;
    }

    private void compare(String marks, int possible, int present, int authorised, int unauthorised, int late) {
        int marked = (int) marks.chars().filter(c -> c != '-').count();
        int lateMarks = occurrences(marks, 'L');
        List<String> differences = new ArrayList<>();
        difference(differences, "sessions possible", marked, possible);
        difference(differences, "present", occurrences(marks, '/') + lateMarks, present);
        difference(differences, "authorised absence", occurrences(marks, 'A'), authorised);
        difference(differences, "unauthorised absence", occurrences(marks, 'U'), unauthorised);
        difference(differences, "late", lateMarks, late);
        if (!differences.isEmpty()) {
            reasons.add("Session marks " + marks + " do not match the counts: " + String.join("; ", differences));
        }
    }

    private static void difference(List<String> differences, String what, int fromMarks, int fromCounts) {
        if (fromMarks != fromCounts) {
            differences.add("the marks give " + fromMarks + " " + what + ", the column " + fromCounts);
        }
    }

    private static int occurrences(String marks, char mark) {
        return (int) marks.chars().filter(c -> c == mark).count();
    }
}
