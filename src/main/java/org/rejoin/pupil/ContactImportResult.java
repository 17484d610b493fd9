package org.rejoin.pupil;

import java.util.List;
import org.rejoin.base.csv.LineProblem;

/** What a contacts file did: contacts saved for how many pupils, or, with any error, nothing at all. */
public record ContactImportResult(int rowsRead, int contacts, int pupils, List<LineProblem> errors, int errorCount) {

    public static final int MAX_LISTED_ERRORS = 1_000;

    public ContactImportResult {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errorCount == 0;
    }
}
