package org.rejoin.pupil.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.pupil.CalendarEntry;
import org.rejoin.security.FieldProblem;

/**
 * Reads term dates from a CSV file (Type, Name, Start date, End date) or an iCalendar file as local authorities
 * publish them (ical4j): an event whose summary says INSET, training, half term, holiday or closed is a closure,
 * one that says term is a term; all-day events end the day before their DTEND, as RFC 5545 says. An event that is
 * neither is listed as a problem by its position in the file, so nothing is silently left out.
 */
public final class CalendarFileReader {

    private CalendarFileReader() {
    }

    public record Read(List<CalendarEntry> entries, List<LineProblem> errors) {
    }

    public static Read csv(CsvFile file, ImportProgress.Listener progress) {
        var reading = new ImportProgress(progress, "Reading", file.estimatedRows());
        CsvFile.Result<CalendarEntry> result = file.read(CalendarColumn.class, CalendarColumn.EXPECTED,
                "calendar rows", CalendarChecks::row, reading::done);
        reading.finish(result.rowsRead());
        return new Read(result.rows(), result.errors());
    }

    public static Read ics(byte[] data) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(new String(data, StandardCharsets.UTF_8)));
        } catch (IOException | ParserException e) {
            return new Read(List.of(), List.of(new LineProblem(1, "The file is not an iCalendar (.ics) file: "
                    + e.getMessage())));
        }
        List<CalendarEntry> entries = new ArrayList<>();
        List<LineProblem> errors = new ArrayList<>();
        int index = 0;
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            index++;
            String summary = event.getSummary() == null ? "" : event.getSummary().getValue().strip();
            LocalDate from = event.getStartDate().map(d -> day(d.getDate())).orElse(null);
            Temporal endValue = event.getEndDate(false).map(d -> (Temporal) d.getDate()).orElse(null);
            LocalDate to = endValue == null ? from : endValue instanceof LocalDate end ? end.minusDays(1) : day(endValue);
            if (to != null && from != null && to.isBefore(from)) {
                to = from;
            }
            var kind = CalendarChecks.kind(summary);
            String where = "Event " + index + (summary.isEmpty() ? "" : " ('" + summary + "')");
            if (kind.isEmpty()) {
                errors.add(new LineProblem(index, where + " is neither a term nor a closure: its summary should say "
                        + "term, INSET, half term, holiday or closed"));
                continue;
            }
            var entry = new CalendarEntry(UUID.randomUUID(), kind.get(), summary.length() > 60
                    ? summary.substring(0, 60) : summary, from, to);
            try {
                CalendarChecks.check(entry);
                entries.add(entry);
            } catch (FieldProblem p) {
                errors.add(new LineProblem(index, where + ": " + p.getMessage()));
            }
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.add(new LineProblem(1, "The file has no events"));
        }
        return new Read(entries, errors);
    }

    private static LocalDate day(Temporal t) {
        return switch (t) {
            case LocalDate d -> d;
            case LocalDateTime d -> d.toLocalDate();
            case ZonedDateTime d -> d.withZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate();
            case OffsetDateTime d -> d.atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate();
            default -> LocalDate.from(t);
        };
    }
}
