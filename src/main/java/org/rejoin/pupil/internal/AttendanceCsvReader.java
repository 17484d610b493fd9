package org.rejoin.pupil.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.pupil.ImportResult.LineError;

/**
 * Reads an attendance file with commons-csv: finds the columns in the header row, checks every row
 * and names each problem with the line it is on (the header is line 1; blank lines count).
 */
public final class AttendanceCsvReader {

    /** Blank lines are kept (and skipped below) so that a record's position tells its line. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();
    private static final String EXPECTED = "UPN, Week starting, Sessions possible, Present, Authorised absence, "
            + "Unauthorised absence, Late (and optionally Session marks)";

    private final String text;
    private final int[] lineBreaks;

    private AttendanceCsvReader(String text) {
        this.text = text;
        this.lineBreaks = lineBreaks(text);
    }

    /** The file as UTF-8 text, with or without a byte order mark; other encodings are refused. */
    public static AttendanceCsvReader of(byte[] bytes) throws CharacterCodingException {
        int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        return new AttendanceCsvReader(text);
    }

    /** Rows after the header, counting every line: known before reading, so progress can show a total. */
    public int estimatedRows() {
        boolean lastLineUnterminated = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
        return Math.max(0, lineBreaks.length + (lastLineUnterminated ? 1 : 0) - 1);
    }

    public Result read(IntConsumer rowsRead) {
        List<AttendanceCsvRow> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        int read = 0;
        long lastLine = 0;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Map<AttendanceColumn, Integer> columns = null;
            Map<String, Long> firstLineOfWeek = new HashMap<>();
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                long line = lineOf(record.getCharacterPosition());
                lastLine = line;
                if (columns == null) {
                    columns = columns(record, line, errors);
                    if (columns == null) {
                        return new Result(rows, errors, 0);
                    }
                    continue;
                }
                rowsRead.accept(++read);
                var check = new AttendanceRowCheck(line, record, columns);
                if (check.row() == null) {
                    errors.add(new LineError(line, String.join("; ", check.reasons())));
                    continue;
                }
                Long first = firstLineOfWeek.putIfAbsent(check.row().upn() + check.row().weekStarting(), line);
                if (first != null) {
                    errors.add(new LineError(line, "UPN " + check.row().upn() + ", week starting "
                            + check.row().weekStarting() + " appears twice, on lines " + first + " and " + line
                            + ": keep one of them"));
                } else {
                    rows.add(check.row());
                }
            }
            if (columns == null) {
                errors.add(new LineError(1, "The file is empty: it needs a header row with the columns " + EXPECTED));
            } else if (read == 0) {
                errors.add(new LineError(1, "The file has a header row but no attendance rows"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv stops at a broken quote; nothing after it can be trusted
            errors.add(new LineError(lastLine + 1, "The file cannot be read from this line on: "
                    + "a quote (\") is not closed"));
        }
        return new Result(rows, errors, read);
    }

    private static Map<AttendanceColumn, Integer> columns(CSVRecord header, long line, List<LineError> errors) {
        Map<AttendanceColumn, Integer> columns = new EnumMap<>(AttendanceColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            AttendanceColumn.named(header.get(i)).ifPresent(column -> {
                Integer earlier = columns.putIfAbsent(column, index);
                if (earlier != null) {
                    errors.add(new LineError(line, "The header row has two columns for " + column.title() + ": '"
                            + header.get(earlier) + "' and '" + header.get(index) + "'"));
                }
            });
        }
        String missing = Stream.of(AttendanceColumn.values()).filter(c -> c.required() && !columns.containsKey(c))
                .map(AttendanceColumn::title).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            boolean otherSeparator = header.size() == 1 && header.get(0).matches(".*[;\t|].*");
            errors.add(new LineError(line, "The header row has no column for " + missing + ". Expected the columns "
                    + EXPECTED + (otherSeparator ? ". Separate the columns with commas" : "")));
        }
        return errors.isEmpty() ? columns : null;
    }

    private long lineOf(long characterPosition) {
        int found = Arrays.binarySearch(lineBreaks, (int) characterPosition);
        return 1 + (found >= 0 ? found : -found - 1);
    }

    /** Positions of the line ends (\n, or a \r not followed by \n), ascending. */
    private static int[] lineBreaks(String text) {
        int[] breaks = new int[64];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == breaks.length) {
                    breaks = Arrays.copyOf(breaks, count * 2);
                }
                breaks[count++] = i;
            }
        }
        return Arrays.copyOf(breaks, count);
    }

    /** Rows that passed every check, the problems found, and how many rows (after the header) were read. */
    public record Result(List<AttendanceCsvRow> rows, List<LineError> errors, int rowsRead) {
    }
}
