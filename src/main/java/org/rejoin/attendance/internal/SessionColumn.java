package org.rejoin.attendance.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a session register export. SIMS, Arbor and Bromcom name them differently, so a header cell
 * matches whatever its case, spacing or punctuation ("Minutes Late", "mins_late", "MinutesLate"); the names
 * each MIS uses are listed in docs/using/session-registers.md.
 */
enum SessionColumn {
    UPN("UPN", "upn", "pupilupn", "studentupn", "uniquepupilnumber"),
    MIS_ID("MIS ID", "misid", "admissionno", "admissionnumber", "adno", "pupilid", "personid", "studentid",
            "misnumber"),
    DATE("Date", "date", "sessiondate", "attendancedate", "markdate", "registerdate"),
    SESSION("Session", "session", "ampm", "sessionampm", "amorpm", "period", "registrationsession"),
    MARK("Mark", "mark", "code", "attendancemark", "attendancecode", "markcode", "sessionmark", "attendance"),
    MINUTES_LATE("Minutes late", "minuteslate", "minslate", "latemins", "lateminutes", "late"),
    COMMENT("Comment", "comment", "comments", "note", "notes", "markcomment", "attendancenote"),
    WEEK_STARTING("Week starting", "weekstarting", "weekstart", "weekbeginning", "weekcommencing", "weekof", "week",
            "weekstartdate"),
    /** Never returned by {@link #named}: totals belong to the weekly-totals import. */
    SESSIONS_POSSIBLE("Sessions possible", "sessionspossible", "possiblesessions", "possible");

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri");
    private static final Pattern GRID = Pattern.compile(
            "(mon|tue|wed|thu|fri)[a-z]*(am|pm)");

    private final String title;
    private final List<String> names;

    SessionColumn(String title, String... names) {
        this.title = title;
        this.names = List.of(names);
    }

    String title() {
        return title;
    }

    static Optional<SessionColumn> named(String headerCell) {
        String key = key(headerCell);
        for (SessionColumn column : values()) {
            if (column.names.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * The slot of a week-grid column, 0 (Monday morning) to 9 (Friday afternoon): "Mon AM", "Monday PM",
     * "tue_am"; -1 for any other header.
     */
    static int gridSlot(String headerCell) {
        Matcher m = GRID.matcher(key(headerCell));
        if (!m.matches()) {
            return -1;
        }
        return DAYS.indexOf(m.group(1)) * 2 + (m.group(2).equals("am") ? 0 : 1);
    }

    static String slotName(int slot) {
        return List.of("Mon", "Tue", "Wed", "Thu", "Fri").get(slot / 2) + (slot % 2 == 0 ? " AM" : " PM");
    }

    private static String key(String headerCell) {
        return headerCell.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
