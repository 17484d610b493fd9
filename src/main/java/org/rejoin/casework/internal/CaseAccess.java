package org.rejoin.casework.internal;

import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseDetails;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;

/** The one check every case read goes through: in the user's scope, or "not found" with the attempt audited. */
@Component
public class CaseAccess {

    private final CaseStore cases;
    private final SchoolStaff staff;
    private final AuditTrail audit;

    CaseAccess(CaseStore cases, SchoolStaff staff, AuditTrail audit) {
        this.cases = cases;
        this.staff = staff;
        this.audit = audit;
    }

    public CaseScope scope(UserAccount user) {
        return CaseScope.of(user, staff.isSafeguardingLead(user));
    }

    public Optional<CaseDetails> find(UserAccount user, UUID caseId) {
        Optional<CaseDetails> found = caseId == null ? Optional.empty() : cases.find(caseId, scope(user));
        if (found.isEmpty()) {
            audit.deniedAccess(user, "case", caseId);
        }
        return found;
    }

    /** Whether this user sees safeguarding entries in full (leaders and designated safeguarding leads). */
    public boolean handlesSafeguarding(UserAccount user) {
        return user.hasRole(org.rejoin.security.Role.LEADER) || staff.isSafeguardingLead(user);
    }
}
