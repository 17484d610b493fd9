package org.rejoin.pupil.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an attendance file. MIS exports name them in many ways, so a header cell matches
 * a column whatever its case, spacing or punctuation ("Week starting", "week_start", "WeekStarting").
 */
enum AttendanceColumn implements org.rejoin.base.csv.CsvColumn {
    UPN("UPN", true, "upn", "pupilupn", "uniquepupilnumber"),
    WEEK_STARTING("Week starting", true, "weekstarting", "weekstart", "weekstarts", "weekstartdate", "weekbeginning",
            "weekcommencing", "weekof", "week"),
    SESSIONS_POSSIBLE("Sessions possible", true, "sessionspossible", "possiblesessions", "possible", "sessions"),
    PRESENT("Present", true, "present", "presentsessions", "sessionspresent", "attended", "sessionsattended"),
    AUTHORISED_ABSENCE("Authorised absence", true, "authorisedabsence", "authorisedabsences", "authorised",
            "authorizedabsence", "authorizedabsences", "authorized", "authabsence"),
    UNAUTHORISED_ABSENCE("Unauthorised absence", true, "unauthorisedabsence", "unauthorisedabsences", "unauthorised",
            "unauthorizedabsence", "unauthorizedabsences", "unauthorized", "unauthabsence"),
    LATE("Late", true, "late", "lates", "latesessions", "sessionslate"),
    SESSION_MARKS("Session marks", false, "sessionmarks", "marks", "attendancemarks");

    private final String title;
    private final boolean required;
    private final List<String> names;

    AttendanceColumn(String title, boolean required, String... names) {
        this.title = title;
        this.required = required;
        this.names = List.of(names);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> names() {
        return names;
    }

    static Optional<AttendanceColumn> named(String headerCell) {
        String key = headerCell.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (AttendanceColumn column : values()) {
            if (column.names.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
