package org.rejoin.pupil;

import java.util.List;
import org.rejoin.base.csv.LineProblem;

/**
 * What a roster file did: pupils added and updated (matched by UPN), or, with any error, nothing at all;
 * {@code errors} lists at most {@link #MAX_LISTED_ERRORS} lines in line order, {@code errorCount} counts them all.
 */
public record RosterImportResult(int rowsRead, int added, int updated, List<LineProblem> errors, int errorCount) {

    public static final int MAX_LISTED_ERRORS = 1_000;

    public RosterImportResult {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errorCount == 0;
    }
}
