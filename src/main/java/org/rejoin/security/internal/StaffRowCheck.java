package org.rejoin.security.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rejoin.base.csv.CsvColumn;
import org.rejoin.base.csv.CsvRow;
import org.rejoin.security.NewStaffMember;
import org.rejoin.security.Role;

/** The checks one line of a staff file must pass, every failure kept in words an administrator can act on. */
public final class StaffRowCheck {

    static final String EMAIL = "[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+";
    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("attendancechampion", Role.ATTENDANCE_CHAMPION), Map.entry("champion", Role.ATTENDANCE_CHAMPION),
            Map.entry("schoolstaff", Role.SCHOOL_STAFF), Map.entry("staff", Role.SCHOOL_STAFF),
            Map.entry("leader", Role.LEADER), Map.entry("seniorleader", Role.LEADER),
            Map.entry("schooladministrator", Role.SCHOOL_ADMIN), Map.entry("schooladmin", Role.SCHOOL_ADMIN),
            Map.entry("administrator", Role.SCHOOL_ADMIN));
    static final String ROLE_NAMES = "Attendance champion, School staff, Leader or School administrator";

    private StaffRowCheck() {
    }

    /** The roles a school's administrator gives, read as a staff file or a form may name them. */
    public static Optional<Role> role(String text) {
        return Optional.ofNullable(ROLES.get(CsvColumn.key(text)));
    }

    static NewStaffMember check(CsvRow<StaffColumn> row, List<String> reasons) {
        String email = row.value(StaffColumn.EMAIL).toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            reasons.add("Email is missing");
        } else if (!email.matches(EMAIL) || email.length() > 120) {
            reasons.add("'" + email + "' is not an email address");
        }
        String name = row.value(StaffColumn.NAME);
        if (name.isEmpty()) {
            reasons.add("Name is missing");
        } else if (name.length() > 120) {
            reasons.add("Name is longer than 120 characters");
        }
        String jobTitle = row.value(StaffColumn.JOB_TITLE);
        if (jobTitle.length() > 80) {
            reasons.add("Job title is longer than 80 characters");
        }
        String roleText = row.value(StaffColumn.ROLE);
        Role role = role(roleText).orElse(null);
        if (role == null) {
            reasons.add(roleText.isEmpty() ? "Role is missing: " + ROLE_NAMES
                    : "Role '" + roleText + "' is not one of " + ROLE_NAMES);
        }
        Boolean lead = yesNo(row.value(StaffColumn.SAFEGUARDING_LEAD));
        if (lead == null) {
            reasons.add("Safeguarding lead '" + row.value(StaffColumn.SAFEGUARDING_LEAD) + "' is not yes or no");
        }
        return reasons.isEmpty()
                ? new NewStaffMember(email, name, jobTitle.isEmpty() ? null : jobTitle, role, lead) : null;
    }

    /** Yes or no as spreadsheets write it; blank is no; null for anything else. */
    public static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "n", "no", "false", "0" -> false;
            case "y", "yes", "true", "1" -> true;
            default -> null;
        };
    }
}
