package org.rejoin.pupil.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.base.csv.CsvColumn;
import org.rejoin.base.csv.CsvRow;
import org.rejoin.pupil.CalendarEntry;
import org.rejoin.pupil.CalendarEntry.Kind;
import org.rejoin.security.FieldProblem;

/** What a calendar entry must satisfy, typed in, from a term-dates file or from an iCalendar event. */
public final class CalendarChecks {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private CalendarChecks() {
    }

    public static void check(CalendarEntry e) {
        if (e.kind() == null) {
            throw new FieldProblem("kind", "Choose a term or a closure");
        }
        if (e.name() == null || e.name().isBlank() || e.name().length() > 60) {
            throw new FieldProblem("name", "Give the entry a name of at most 60 characters, such as Autumn term");
        }
        if (e.from() == null) {
            throw new FieldProblem("from", "Give the first day");
        }
        if (e.to() == null || e.to().isBefore(e.from())) {
            throw new FieldProblem("to", "The last day is on or after the first day");
        }
        if (e.kind() == Kind.TERM && e.to().isAfter(e.from().plusDays(120))) {
            throw new FieldProblem("to", "A term is at most about four months long: check the dates");
        }
    }

    /** "Term" is a term; INSET, training, half term, holiday and closure are closures. */
    public static Optional<Kind> kind(String text) {
        String key = CsvColumn.key(text);
        if (key.contains("inset") || key.contains("training") || key.contains("halfterm") || key.contains("holiday")
                || key.contains("closure") || key.contains("closed")) {
            return Optional.of(Kind.CLOSURE);
        }
        return key.contains("term") ? Optional.of(Kind.TERM) : Optional.empty();
    }

    static CalendarEntry row(CsvRow<CalendarColumn> row, List<String> reasons) {
        String typeText = row.value(CalendarColumn.TYPE);
        Kind kind = kind(typeText).orElse(null);
        if (kind == null) {
            reasons.add("Type '" + typeText + "' is not Term, INSET day, Half term or Closure");
        }
        LocalDate from = date(row, CalendarColumn.START, reasons);
        LocalDate to = row.value(CalendarColumn.END).isEmpty() ? from : date(row, CalendarColumn.END, reasons);
        if (!reasons.isEmpty()) {
            return null;
        }
        var entry = new CalendarEntry(UUID.randomUUID(), kind, row.value(CalendarColumn.NAME), from, to);
        try {
            check(entry);
        } catch (FieldProblem p) {
            reasons.add(p.getMessage());
            return null;
        }
        return entry;
    }

    private static LocalDate date(CsvRow<CalendarColumn> row, CalendarColumn column, List<String> reasons) {
        String text = row.value(column).toLowerCase(Locale.ROOT);
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next
            }
        }
        reasons.add(column.title() + (text.isEmpty() ? " is missing" : " '" + text
                + "' is not a date: write it as yyyy-MM-dd or dd/MM/yyyy"));
        return null;
    }
}
