package org.rejoin.pupil.internal;

import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.pupil.ImportResult.LineError;

/**
 * Reads an attendance file (with the shared {@link CsvFile}): finds the columns in the header row, checks
 * every row and names each problem with the line it is on (the header is line 1; blank lines count).
 */
public final class AttendanceCsvReader {

    private static final String EXPECTED = "UPN, Week starting, Sessions possible, Present, Authorised absence, "
            + "Unauthorised absence, Late (and optionally Session marks)";

    private final CsvFile file;

    private AttendanceCsvReader(CsvFile file) {
        this.file = file;
    }

    /** The file as UTF-8 text, with or without a byte order mark; other encodings are refused. */
    public static AttendanceCsvReader of(byte[] bytes) throws CharacterCodingException {
        return new AttendanceCsvReader(CsvFile.of(bytes));
    }

    /** Rows after the header, counting every line: known before reading, so progress can show a total. */
    public int estimatedRows() {
        return file.estimatedRows();
    }

    /** Reads every row; {@code today} (by the app's clock) is the last day a week may start. */
    public Result read(IntConsumer rowsRead, LocalDate today) {
        Map<String, Long> firstLineOfWeek = new HashMap<>();
        CsvFile.Result<AttendanceCsvRow> read = file.read(AttendanceColumn.class, EXPECTED, "attendance rows",
                (row, reasons) -> {
                    var check = new AttendanceRowCheck(row.line(), row.record(), row.columns(), today);
                    if (check.row() == null) {
                        reasons.addAll(check.reasons());
                        return null;
                    }
                    Long first = firstLineOfWeek.putIfAbsent(check.row().upn() + check.row().weekStarting(), row.line());
                    if (first != null) {
                        reasons.add("UPN " + check.row().upn() + ", week starting " + check.row().weekStarting()
                                + " appears twice, on lines " + first + " and " + row.line() + ": keep one of them");
                        return null;
                    }
                    return check.row();
                }, rowsRead);
        List<LineError> errors = new ArrayList<>(read.errors().size());
        for (LineProblem problem : read.errors()) {
            errors.add(new LineError(problem.line(), problem.message()));
        }
        return new Result(read.rows(), errors, read.rowsRead());
    }

    /** Rows that passed every check, the problems found, and how many rows (after the header) were read. */
    public record Result(List<AttendanceCsvRow> rows, List<LineError> errors, int rowsRead) {
    }
}
