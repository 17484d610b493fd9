package org.rejoin.pupil.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rejoin.base.csv.CsvRow;
import org.rejoin.pupil.PupilContact;
import org.rejoin.pupil.Upn;
import org.rejoin.security.FieldProblem;

/** What a contact must satisfy, from a contacts file or the form. */
public final class ContactRules {

    private static final String EMAIL = "[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+";

    private ContactRules() {
    }

    public static List<FieldProblem> problems(PupilContact c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            problems.add(new FieldProblem("name", "Give the contact's name (at most 200 characters)"));
        }
        if (c.relationship() == null || c.relationship().isBlank() || c.relationship().length() > 60) {
            problems.add(new FieldProblem("relationship", "Give the relationship to the pupil, such as Mother or Carer"));
        }
        if (c.priority() < 1 || c.priority() > 99) {
            problems.add(new FieldProblem("priority", "Priority is 1 (contacted first) to 99, not " + c.priority()));
        }
        if (c.email() != null && !c.email().isBlank() && (!c.email().strip().matches(EMAIL) || c.email().length() > 200)) {
            problems.add(new FieldProblem("email", "'" + c.email() + "' is not an email address"));
        }
        if (c.phone() != null && !c.phone().isBlank() && !c.phone().matches("[+0-9 ()-]{6,40}")) {
            problems.add(new FieldProblem("phone", "'" + c.phone() + "' is not a phone number"));
        }
        if (c.address() != null && c.address().length() > 500) {
            problems.add(new FieldProblem("address", "An address has at most 500 characters"));
        }
        return problems;
    }

    /** One line of a contacts file; the UPN is matched to a pupil afterwards. */
    record Line(long line, String upn, PupilContact contact) {
    }

    static Line check(CsvRow<ContactColumn> row, List<String> reasons) {
        String upnText = row.value(ContactColumn.UPN);
        String upn = null;
        try {
            upn = Upn.of(upnText).value();
        } catch (Upn.InvalidUpnException e) {
            reasons.add(e.getMessage());
        }
        Boolean pr = yesNo(row, ContactColumn.PARENTAL_RESPONSIBILITY, reasons);
        Boolean noContact = yesNo(row, ContactColumn.NO_CONTACT, reasons);
        int priority = 1;
        String p = row.value(ContactColumn.PRIORITY);
        if (!p.isEmpty()) {
            if (p.matches("\\d{1,2}")) {
                priority = Integer.parseInt(p);
            } else {
                reasons.add("Priority '" + p + "' is not a whole number from 1 to 99");
            }
        }
        var contact = new PupilContact(null, null, row.value(ContactColumn.NAME),
                row.value(ContactColumn.RELATIONSHIP), Boolean.TRUE.equals(pr), priority,
                blank(row.value(ContactColumn.EMAIL).toLowerCase(Locale.ROOT)), blank(row.value(ContactColumn.PHONE)),
                blank(row.value(ContactColumn.ADDRESS)), Boolean.TRUE.equals(noContact));
        problems(contact).stream().filter(f -> !(f.field().equals("priority") && !p.isEmpty() && !p.matches("\\d{1,2}")))
                .forEach(f -> reasons.add(f.getMessage()));
        return reasons.isEmpty() ? new Line(row.line(), upn, contact) : null;
    }

    private static Boolean yesNo(CsvRow<ContactColumn> row, ContactColumn column, List<String> reasons) {
        String text = row.value(column).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "", "n", "no", "false", "0" -> false;
            case "y", "yes", "true", "1" -> true;
            default -> {
                reasons.add(column.title() + " '" + row.value(column) + "' is not yes or no");
                yield null;
            }
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
