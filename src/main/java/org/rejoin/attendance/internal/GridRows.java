package org.rejoin.attendance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.internal.RegisterRules.Checked;
import org.rejoin.attendance.internal.SessionRegisterReader.RowLayout;
import org.rejoin.pupil.ImportResult.LineError;

/**
 * One row per pupil per week: UPN (or MIS ID), Week starting (a Monday) and ten mark columns, Mon AM to Fri PM. An
 * empty cell or '-' is a session with no mark (a weekend-like gap: nothing is imported for it).
 */
record GridRows(Map<SessionColumn, Integer> columns, int[] slots, RegisterRules rules) implements RowLayout {

    static GridRows of(Map<SessionColumn, Integer> columns, int[] slots, RegisterRules rules, long line,
                       List<LineError> errors) {
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey(SessionColumn.UPN) && !columns.containsKey(SessionColumn.MIS_ID)) {
            missing.add("UPN (or MIS ID)");
        }
        if (!columns.containsKey(SessionColumn.WEEK_STARTING)) {
            missing.add(SessionColumn.WEEK_STARTING.title());
        }
        for (int slot = 0; slot < 10; slot++) {
            if (slots[slot] < 0) {
                missing.add(SessionColumn.slotName(slot));
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new LineError(line, "The header row of this week grid has no column for "
                    + String.join(", ", missing) + ". Expected the columns " + SessionRegisterReader.GRID_COLUMNS));
            return null;
        }
        return new GridRows(columns, slots.clone(), rules);
    }

    @Override
    public void read(CSVRecord record, long line, Consumer<SessionLine> sink, List<LineError> errors) {
        List<String> problems = new ArrayList<>();
        var named = RowLayout.pupil(record, columns, rules);
        Checked<UUID> pupil = named.id();
        Checked<LocalDate> week = rules.date("Week starting", RowLayout.value(record, columns.get(SessionColumn.WEEK_STARTING)));
        if (!pupil.ok()) {
            problems.add(pupil.problem());
        }
        if (!week.ok()) {
            problems.add(week.problem());
        } else if (week.value().getDayOfWeek() != DayOfWeek.MONDAY) {
            problems.add("Week starting " + week.value() + " is a "
                    + week.value().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + ", not a Monday");
        }
        List<SessionLine> sessions = new ArrayList<>(10);
        for (int slot = 0; slot < 10; slot++) {
            String text = RowLayout.value(record, slots[slot]);
            if (text.isEmpty() || text.equals("-")) {
                continue;
            }
            Checked<AttendanceCode> mark = rules.mark(text);
            if (!mark.ok()) {
                problems.add(SessionColumn.slotName(slot) + ": " + mark.problem());
            } else if (problems.isEmpty()) {
                LocalDate date = week.value().plusDays(slot / 2);
                var when = rules.when(date, mark.value());
                if (when.isPresent()) {
                    problems.add(SessionColumn.slotName(slot) + ": " + when.get());
                } else {
                    sessions.add(new SessionLine(line, pupil.value(), named.named(), date, slot % 2 == 0 ? "AM" : "PM",
                            mark.value(), null, null));
                }
            }
        }
        if (problems.isEmpty()) {
            sessions.forEach(sink);
        } else {
            errors.add(new LineError(line, String.join("; ", problems)));
        }
    }
}
