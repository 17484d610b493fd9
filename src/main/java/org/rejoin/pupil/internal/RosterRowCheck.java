package org.rejoin.pupil.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.rejoin.base.csv.CsvRow;
import org.rejoin.pupil.PupilRecord;
import org.rejoin.pupil.SenStatus;
import org.rejoin.pupil.Upn;
import org.rejoin.security.FieldProblem;

/** Reads one line of a roster file into a pupil record, every problem kept in words a data manager acts on. */
final class RosterRowCheck {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private RosterRowCheck() {
    }

    static PupilRecord check(CsvRow<RosterColumn> row, List<String> reasons, LocalDate today) {
        String upnText = row.value(RosterColumn.UPN);
        String upn = Upn.isValid(upnText) ? Upn.of(upnText).value() : upnText;
        LocalDate born = date(row, RosterColumn.DATE_OF_BIRTH, reasons);
        int year = yearGroup(row.value(RosterColumn.YEAR_GROUP), reasons);
        LocalDate admitted = date(row, RosterColumn.ADMISSION_DATE, reasons);
        LocalDate left = date(row, RosterColumn.LEAVING_DATE, reasons);
        SenStatus sen = sen(row.value(RosterColumn.SEN_STATUS), reasons);
        boolean fsm = yesNo(row, RosterColumn.FREE_SCHOOL_MEALS, reasons);
        boolean eal = yesNo(row, RosterColumn.EAL, reasons);
        var record = new PupilRecord(null, upn, row.value(RosterColumn.LEGAL_FIRST_NAME),
                blankToNull(row.value(RosterColumn.PREFERRED_FIRST_NAME)), row.value(RosterColumn.SURNAME), born,
                year, blankToNull(row.value(RosterColumn.REGISTRATION_GROUP)), admitted, left, sen, fsm, eal);
        for (FieldProblem problem : PupilRules.problems(record, today)) {
            boolean alreadySaid = (problem.field().equals("dateOfBirth") && born == null && !row.value(
                    RosterColumn.DATE_OF_BIRTH).isEmpty()) || (problem.field().equals("yearGroup") && year == 0)
                    || (problem.field().equals("senStatus") && sen == null);
            if (!alreadySaid) {
                reasons.add(problem.getMessage());
            }
        }
        return reasons.isEmpty() ? record : null;
    }

    /** The MIS id as written (letters, digits and - _ / . only, up to 40), null if the file gives none. */
    static String misId(CsvRow<RosterColumn> row, List<String> reasons) {
        String text = row.value(RosterColumn.MIS_ID);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[A-Za-z0-9_./-]{1,40}")) {
            reasons.add("MIS ID '" + text + "' is not an id: up to 40 letters, digits and - _ / .");
            return null;
        }
        return text;
    }

    /** "9", "Y9", "Yr 9", "Year 9" and "09" all read as 9; 0 (with a reason) for anything else. */
    private static int yearGroup(String text, List<String> reasons) {
        String digits = text.toLowerCase(Locale.ROOT).replaceAll("^(year|yr|y|nc year)\\s*", "").strip();
        if (digits.matches("\\d{1,2}")) {
            return Integer.parseInt(digits);
        }
        reasons.add(text.isEmpty() ? "Year group is missing" : "Year group '" + text + "' is not a year such as 9 or Year 9");
        return 0;
    }

    private static LocalDate date(CsvRow<RosterColumn> row, RosterColumn column, List<String> reasons) {
        String text = row.value(column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        reasons.add(column.title() + " '" + text + "' is not a date: write it as yyyy-MM-dd or dd/MM/yyyy");
        return null;
    }

    /** The census codes N, K and E, or the words for them; blank is no SEN. */
    private static SenStatus sen(String text, List<String> reasons) {
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (key) {
            case "", "n", "none", "nosen", "no" -> SenStatus.NONE;
            case "k", "sensupport", "support" -> SenStatus.SEN_SUPPORT;
            case "e", "ehcplan", "ehcp", "ehc", "statement", "s" -> SenStatus.EHC_PLAN;
            default -> {
                reasons.add("SEN status '" + text + "' is not N (no SEN), K (SEN support) or E (EHC plan)");
                yield null;
            }
        };
    }

    private static boolean yesNo(CsvRow<RosterColumn> row, RosterColumn column, List<String> reasons) {
        String text = row.value(column).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "", "n", "no", "false", "0", "not eligible" -> false;
            case "y", "yes", "true", "1", "eligible" -> true;
            default -> {
                reasons.add(column.title() + " '" + row.value(column) + "' is not yes or no");
                yield false;
            }
        };
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
