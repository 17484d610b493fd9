package org.rejoin.casework;

import java.util.UUID;

/** No such case, or none this user may see: the two are told apart only in the audit trail. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(UUID caseId) {
        super("Case not found: " + caseId);
    }
}
