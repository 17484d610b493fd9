package org.rejoin.attendance.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.pupil.ImportResult.LineError;

/**
 * Reads a session register file as it streams in, one record at a time, so memory does not grow with the
 * file: each checked session goes to the sink and each problem is kept with its line (the header is line 1;
 * blank lines count). Two layouts, told apart by the header row: one row per session (UPN, Date, Session,
 * Mark, optionally Minutes late and Comment) or a week grid (UPN, Week starting, Mon AM … Fri PM).
 */
final class SessionRegisterReader {

    static final String LONG_COLUMNS = "UPN (or MIS ID), Date, Session (AM or PM), Mark, and optionally Minutes late "
            + "and Comment";
    static final String GRID_COLUMNS = "UPN (or MIS ID), Week starting, and ten mark columns Mon AM, Mon PM … Fri PM";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    private final RegisterRules rules;
    private final List<LineError> errors = new ArrayList<>();
    private long rowsRead;

    SessionRegisterReader(RegisterRules rules) {
        this.rules = rules;
    }

    /** Reads the whole file; returns the problems found (checked sessions went to {@code sink}). */
    List<LineError> read(Reader in, Consumer<SessionLine> sink, LongConsumer rowsSoFar) {
        long lastLine = 0;
        try (CSVParser parser = CSVParser.parse(skipByteOrderMark(in), FORMAT)) {
            RowLayout layout = null;
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                long next = parser.getCurrentLineNumber() + 1;
                lastLine = line;
                if (!record.stream().allMatch(String::isBlank)) {
                    if (layout == null) {
                        layout = layout(record, line);
                        if (layout == null) {
                            return errors;
                        }
                    } else {
                        rowsSoFar.accept(++rowsRead);
                        layout.read(record, line, sink, errors);
                    }
                }
                line = next;
            }
            if (layout == null) {
                errors.add(new LineError(1, "The file is empty: it needs a header row with the columns " + LONG_COLUMNS
                        + ", or " + GRID_COLUMNS));
            } else if (rowsRead == 0) {
                errors.add(new LineError(1, "The file has a header row but no register rows"));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e.getCause() != null ? e.getCause() : e;
            errors.add(new LineError(lastLine + 1, cause instanceof CharacterCodingException || e instanceof CharacterCodingException
                    ? "The file is not UTF-8 text from this line on: save it from your spreadsheet as 'CSV UTF-8'"
                    : "The file cannot be read from this line on: a quote (\") is not closed"));
        }
        return errors;
    }

    long rowsRead() {
        return rowsRead;
    }

    private RowLayout layout(CSVRecord header, long line) {
        Map<SessionColumn, Integer> columns = new EnumMap<>(SessionColumn.class);
        List<LineError> misIdTwice = new ArrayList<>(); // a problem only when the file has no UPN column
        int[] slots = new int[10];
        java.util.Arrays.fill(slots, -1);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            SessionColumn.named(header.get(i)).ifPresent(column -> {
                Integer earlier = columns.putIfAbsent(column, index);
                if (earlier != null && column == SessionColumn.MIS_ID) {
                    misIdTwice.add(new LineError(line, "The header row has two columns for " + column.title() + ": '"
                            + header.get(earlier) + "' and '" + header.get(index) + "': keep one of them, or add "
                            + "a UPN column"));
                } else if (earlier != null) {
                    errors.add(new LineError(line, "The header row has two columns for " + column.title() + ": '"
                            + header.get(earlier) + "' and '" + header.get(index) + "'"));
                }
            });
            int slot = SessionColumn.gridSlot(header.get(i));
            if (slot >= 0) {
                slots[slot] = i;
            }
        }
        if (!columns.containsKey(SessionColumn.UPN)) {
            errors.addAll(misIdTwice);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        if (columns.containsKey(SessionColumn.SESSIONS_POSSIBLE)) {
            errors.add(new LineError(line, "This is a weekly totals file (it has Sessions possible): import it on "
                    + "the Import attendance page"));
            return null;
        }
        boolean grid = java.util.Arrays.stream(slots).anyMatch(s -> s >= 0);
        if (grid) {
            return GridRows.of(columns, slots, rules, line, errors);
        }
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey(SessionColumn.UPN) && !columns.containsKey(SessionColumn.MIS_ID)) {
            missing.add("UPN (or MIS ID)");
        }
        for (SessionColumn required : List.of(SessionColumn.DATE, SessionColumn.SESSION, SessionColumn.MARK)) {
            if (!columns.containsKey(required)) {
                missing.add(required.title());
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new LineError(line, "The header row has no column for " + String.join(", ", missing)
                    + ". Expected the columns " + LONG_COLUMNS + "; or, for a week grid, " + GRID_COLUMNS));
            return null;
        }
        return new LongRows(columns, rules);
    }

    private static Reader skipByteOrderMark(Reader in) throws IOException {
        var pushback = new java.io.PushbackReader(in, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** Turns one record of a layout into sessions, or into the problems of its line. */
    interface RowLayout {
        void read(CSVRecord record, long line, Consumer<SessionLine> sink, List<LineError> errors);

        static String value(CSVRecord record, Integer index) {
            return index == null || index >= record.size() ? "" : record.get(index).trim();
        }

        /**
         * The pupil of a row: by UPN when the file has a UPN column, otherwise by the MIS ID the roster import
         * stored.
         */
        static PupilOfRow pupil(CSVRecord record, Map<SessionColumn, Integer> columns, RegisterRules rules) {
            if (columns.containsKey(SessionColumn.UPN)) {
                RegisterRules.Checked<String> upn = rules.upn(value(record, columns.get(SessionColumn.UPN)));
                return new PupilOfRow(upn.value(), upn.ok() ? rules.pupil(upn.value())
                        : RegisterRules.Checked.problem(upn.problem()));
            }
            String misId = value(record, columns.get(SessionColumn.MIS_ID));
            return new PupilOfRow(misId, rules.pupilByMisId(misId));
        }
    }

    /** How the row names its pupil (UPN or MIS ID, as written) and who that is. */
    record PupilOfRow(String named, RegisterRules.Checked<java.util.UUID> id) {
    }
}
