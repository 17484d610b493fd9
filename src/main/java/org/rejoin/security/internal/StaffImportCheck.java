package org.rejoin.security.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.NewStaffMember;
import org.rejoin.security.Role;

/** Reads and checks a staff file, or one person typed into the form, before anyone is invited. */
public final class StaffImportCheck {

    private StaffImportCheck() {
    }

    public record Checked(List<NewStaffMember> members, List<LineProblem> errors, int rowsRead) {
    }

    public static Checked read(CsvFile file, StaffStore store, ImportProgress reading) {
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        CsvFile.Result<NewStaffMember> result = file.read(StaffColumn.class, StaffColumn.EXPECTED, "staff rows",
                (row, reasons) -> {
                    NewStaffMember member = StaffRowCheck.check(row, reasons);
                    if (member != null) {
                        Long first = firstLine.putIfAbsent(member.email(), row.line());
                        if (first != null) {
                            reasons.add(member.email() + " appears twice, on lines " + first + " and " + row.line()
                                    + ": keep one of them");
                            return null;
                        }
                        lineOf.put(member.email(), row.line());
                    }
                    return member;
                }, reading::done);
        reading.finish(result.rowsRead());
        List<LineProblem> errors = new ArrayList<>(result.errors());
        Set<String> taken = store.taken(lineOf.keySet());
        for (String email : taken) {
            errors.add(new LineProblem(lineOf.get(email), email + " already has an account: change it on the "
                    + "Staff page instead"));
        }
        return new Checked(result.rows(), errors, result.rowsRead());
    }

    /** The same checks for one person typed into the form, each refusal naming its field. */
    public static NewStaffMember checkOne(NewStaffMember member) {
        String email = member.email() == null ? "" : member.email().strip().toLowerCase(Locale.ROOT);
        if (!email.matches(StaffRowCheck.EMAIL) || email.length() > 120) {
            throw new FieldProblem("email", "Give the person's work email address, such as j.smith@school.sch.uk");
        }
        String name = member.displayName() == null ? "" : member.displayName().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new FieldProblem("displayName", "Give the person's name as colleagues know it");
        }
        String jobTitle = member.jobTitle() == null || member.jobTitle().isBlank() ? null : member.jobTitle().strip();
        if (jobTitle != null && jobTitle.length() > 80) {
            throw new FieldProblem("jobTitle", "A job title has at most 80 characters");
        }
        Role role = member.role();
        if (role == null || !org.rejoin.security.StaffAccounts.SCHOOL_ROLES.contains(role)) {
            throw new FieldProblem("role", "Choose " + StaffRowCheck.ROLE_NAMES);
        }
        return new NewStaffMember(email, name, jobTitle, role, member.safeguardingLead());
    }
}
