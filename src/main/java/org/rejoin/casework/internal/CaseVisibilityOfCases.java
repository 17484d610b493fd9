package org.rejoin.casework.internal;

import java.util.UUID;
import org.rejoin.security.CaseVisibility;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;

/** The casework's answer to "is this case hidden from this person", through the scope every case read uses. */
@Component
class CaseVisibilityOfCases implements CaseVisibility {

    private final CaseStore cases;
    private final CaseAccess access;

    CaseVisibilityOfCases(CaseStore cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public boolean hidesCaseFrom(UserAccount user, UUID caseId) {
        return caseId != null && cases.schoolOf(caseId).isPresent()
                && cases.find(caseId, access.scope(user)).isEmpty();
    }
}
