package org.rejoin.security;

import java.util.List;
import org.rejoin.base.csv.LineProblem;

/**
 * What a staff file did: with any error nobody was invited and {@code invited} is empty; {@code errors} lists at
 * most {@link #MAX_LISTED_ERRORS} lines in line order and {@code errorCount} counts them all.
 */
public record StaffImportResult(int rowsRead, List<IssuedInvitation> invited, List<LineProblem> errors,
                                int errorCount) {

    public static final int MAX_LISTED_ERRORS = 1_000;

    public StaffImportResult {
        invited = List.copyOf(invited);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errorCount == 0;
    }
}
