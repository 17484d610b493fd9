package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.internal.RegisterRules.Checked;
import org.rejoin.attendance.internal.SessionRegisterReader.RowLayout;
import org.rejoin.pupil.ImportResult.LineError;

/** One row per session: UPN (or MIS ID), Date, Session, Mark, optionally Minutes late and Comment. */
record LongRows(Map<SessionColumn, Integer> columns, RegisterRules rules) implements RowLayout {

    @Override
    public void read(CSVRecord record, long line, Consumer<SessionLine> sink, List<LineError> errors) {
        List<String> problems = new ArrayList<>();
        var named = RowLayout.pupil(record, columns, rules);
        Checked<UUID> pupil = named.id();
        Checked<LocalDate> date = rules.date("Date", value(record, SessionColumn.DATE));
        Checked<String> session = rules.session(value(record, SessionColumn.SESSION));
        Checked<AttendanceCode> mark = rules.mark(value(record, SessionColumn.MARK));
        Checked<Integer> late = rules.minutesLate(value(record, SessionColumn.MINUTES_LATE));
        Checked<String> comment = rules.comment(value(record, SessionColumn.COMMENT));
        for (Checked<?> checked : List.of(pupil, date, session, mark, late, comment)) {
            if (!checked.ok()) {
                problems.add(checked.problem());
            }
        }
        if (date.ok() && mark.ok()) {
            rules.when(date.value(), mark.value()).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            sink.accept(new SessionLine(line, pupil.value(), named.named(), date.value(), session.value(), mark.value(),
                    late.value(), comment.value()));
        } else {
            errors.add(new LineError(line, String.join("; ", problems)));
        }
    }

    private String value(CSVRecord record, SessionColumn column) {
        return RowLayout.value(record, columns.get(column));
    }
}
