package org.rejoin.base.ui;

import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV cells safe to open in a spreadsheet (OWASP, "CSV Injection"): a text cell beginning with {@code = + - @},
 * a tab or a carriage return would be read by Excel or LibreOffice as a formula (which can run commands or send
 * data away), so it is prefixed with a single quote, which spreadsheets show as text and do not evaluate. Numbers
 * stay numbers. Every CSV Rejoin writes goes through here.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The value as a spreadsheet will read it safely: text that could start a formula is neutralised. */
    public static Object cell(Object value) {
        if (!(value instanceof CharSequence text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : value;
    }

    /** Prints one record with every cell neutralised. */
    public static void printRecord(CSVPrinter csv, Object... values) throws IOException {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = cell(values[i]);
        }
        csv.printRecord(safe);
    }
}
