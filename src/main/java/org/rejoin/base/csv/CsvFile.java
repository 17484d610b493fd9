package org.rejoin.base.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file with commons-csv: UTF-8 with or without a byte order mark, the columns found in
 * the header row, every row handed to the import's own check with the line it is on, and every problem
 * named with its line. Moved here from the attendance import so that every import reads files the same way.
 */
public final class CsvFile {

    /** Blank lines are kept (and skipped below) so that a record's position tells its line. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    private final String text;
    private final int[] lineBreaks;

    private CsvFile(String text) {
        this.text = text;
        this.lineBreaks = lineBreaks(text);
    }

    /** The file as UTF-8 text, with or without a byte order mark; other encodings are refused. */
    public static CsvFile of(byte[] bytes) throws CharacterCodingException {
        int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        return new CsvFile(text);
    }

    /** The message for a file that is not UTF-8, the same in every import. */
    public static final String NOT_UTF8 = "The file is not UTF-8 text: save it from your spreadsheet as "
            + "'CSV UTF-8 (comma delimited)'";

    /** Rows after the header, counting every line: known before reading, so progress can show a total. */
    public int estimatedRows() {
        boolean lastLineUnterminated = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
        return Math.max(0, lineBreaks.length + (lastLineUnterminated ? 1 : 0) - 1);
    }

    /**
     * Reads every row with {@code check}, which adds its reasons to the list it is given and returns the row's
     * value, or null when it added a reason. {@code expected} lists the columns for the "missing column" message;
     * {@code what} names the rows ("attendance rows") for the message about a file with a header only.
     */
    public <C extends Enum<C> & CsvColumn, R> Result<R> read(Class<C> columnType, String expected, String what,
                                                           BiFunction<CsvRow<C>, List<String>, R> check,
                                                           IntConsumer rowsRead) {
        List<R> rows = new ArrayList<>();
        List<LineProblem> errors = new ArrayList<>();
        int read = 0;
        long lastLine = 0;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Map<C, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                long line = lineOf(record.getCharacterPosition());
                lastLine = line;
                if (columns == null) {
                    columns = columns(columnType, record, line, expected, errors);
                    if (columns == null) {
                        return new Result<>(rows, errors, 0);
                    }
                    continue;
                }
                rowsRead.accept(++read);
                List<String> reasons = new ArrayList<>();
                R row = check.apply(new CsvRow<>(line, record, columns), reasons);
                if (row == null || !reasons.isEmpty()) {
                    errors.add(new LineProblem(line, String.join("; ", reasons)));
                } else {
                    rows.add(row);
                }
            }
            if (columns == null) {
                errors.add(new LineProblem(1, "The file is empty: it needs a header row with the columns " + expected));
            } else if (read == 0) {
                errors.add(new LineProblem(1, "The file has a header row but no " + what));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv stops at a broken quote; nothing after it can be trusted
            errors.add(new LineProblem(lastLine + 1, "The file cannot be read from this line on: "
                    + "a quote (\") is not closed"));
        }
        return new Result<>(rows, errors, read);
    }

    private static <C extends Enum<C> & CsvColumn> Map<C, Integer> columns(Class<C> type, CSVRecord header, long line,
                                                                         String expected, List<LineProblem> errors) {
        Map<C, Integer> columns = new EnumMap<>(type);
        int before = errors.size();
        for (int i = 0; i < header.size(); i++) {
            String key = CsvColumn.key(header.get(i));
            for (C column : type.getEnumConstants()) {
                if (column.names().contains(key)) {
                    Integer earlier = columns.putIfAbsent(column, i);
                    if (earlier != null) {
                        errors.add(new LineProblem(line, "The header row has two columns for " + column.title()
                                + ": '" + header.get(earlier) + "' and '" + header.get(i) + "'"));
                    }
                    break;
                }
            }
        }
        String missing = EnumSet.allOf(type).stream().filter(c -> c.required() && !columns.containsKey(c))
                .map(CsvColumn::title).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            boolean otherSeparator = header.size() == 1 && header.get(0).matches(".*[;\t|].*");
            errors.add(new LineProblem(line, "The header row has no column for " + missing + ". Expected the columns "
                    + expected + (otherSeparator ? ". Separate the columns with commas" : "")));
        }
        return errors.size() == before ? columns : null;
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
    public record Result<R>(List<R> rows, List<LineProblem> errors, int rowsRead) {
    }
}
