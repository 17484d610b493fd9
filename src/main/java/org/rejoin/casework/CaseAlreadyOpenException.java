package org.rejoin.casework;

import java.util.UUID;

/** The pupil already has an open case: there is one open concern per pupil. */
public class CaseAlreadyOpenException extends RuntimeException {

    private final UUID openCaseId;

    public CaseAlreadyOpenException(UUID openCaseId) {
        super("This pupil already has an open case");
        this.openCaseId = openCaseId;
    }

    public UUID openCaseId() {
        return openCaseId;
    }
}
