package org.rejoin.pupil;

import java.util.List;
import org.rejoin.base.csv.LineProblem;

/** What a term-dates file did: entries added and those already there, or, with any problem, nothing. */
public record CalendarImportResult(int added, int alreadyThere, List<LineProblem> errors) {

    public CalendarImportResult {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
