package org.rejoin.pupil.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.rejoin.pupil.PupilRecord;
import org.rejoin.pupil.Upn;
import org.rejoin.security.FieldProblem;

/** What every pupil record must satisfy, whether it came from a roster file or was typed in. */
public final class PupilRules {

    private PupilRules() {
    }

    /** Every problem with the record, each naming the form field it belongs to. */
    public static List<FieldProblem> problems(PupilRecord p, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.upn() == null || p.upn().isBlank()) {
            problems.add(new FieldProblem("upn", "UPN is missing"));
        } else if (!Upn.isValid(p.upn())) {
            try {
                Upn.of(p.upn());
            } catch (Upn.InvalidUpnException e) {
                problems.add(new FieldProblem("upn", e.getMessage()));
            }
        }
        name(problems, "legalFirstName", "Legal forename", p.legalFirstName(), true);
        name(problems, "preferredFirstName", "Preferred forename", p.preferredFirstName(), false);
        name(problems, "surname", "Surname", p.surname(), true);
        if (p.dateOfBirth() == null) {
            problems.add(new FieldProblem("dateOfBirth", "Date of birth is missing"));
        } else {
            int age = Period.between(p.dateOfBirth(), today).getYears();
            if (age < 9 || age > 21) {
                problems.add(new FieldProblem("dateOfBirth", "Date of birth " + p.dateOfBirth() + " makes the pupil "
                        + age + ": Rejoin is for secondary-age pupils"));
            }
        }
        if (p.yearGroup() < 7 || p.yearGroup() > 13) {
            problems.add(new FieldProblem("yearGroup", "Rejoin covers year groups 7 to 13, not " + p.yearGroup()));
        }
        if (p.registrationGroup() != null && p.registrationGroup().length() > 20) {
            problems.add(new FieldProblem("registrationGroup", "Registration group has at most 20 characters"));
        }
        if (p.admissionDate() != null && p.leavingDate() != null && p.leavingDate().isBefore(p.admissionDate())) {
            problems.add(new FieldProblem("leavingDate", "Leaving date " + p.leavingDate()
                    + " is before the admission date " + p.admissionDate()));
        }
        if (p.senStatus() == null) {
            problems.add(new FieldProblem("senStatus", "Choose the SEN status"));
        }
        return problems;
    }

    private static void name(List<FieldProblem> problems, String field, String title, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, title + " is missing"));
            }
        } else if (value.strip().length() > 100) {
            problems.add(new FieldProblem(field, title + " has more than 100 characters"));
        }
    }
}
