package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an attendance import did. A file is imported whole or not at all: with any {@link #errors()}
 * nothing was written and {@link #rowsImported()} is 0. {@code errors} lists at most
 * {@link #MAX_LISTED_ERRORS} lines, in line order; {@code errorCount} counts them all.
 */
public record ImportResult(int rowsRead, int rowsImported, int pupilsAffected, LocalDate firstWeek, LocalDate lastWeek,
                           List<LineError> errors, int errorCount, UUID importId) {

    public static final int MAX_LISTED_ERRORS = 1_000;

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errorCount == 0;
    }

    /** One bad line of the file: its line number (the header is line 1) and what is wrong with it. */
    public record LineError(long line, String message) {
    }
}
