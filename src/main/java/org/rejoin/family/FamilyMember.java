package org.rejoin.family;

import java.time.Instant;
import java.util.UUID;

/** A parent, carer or the pupil invited to a case's family page; withdrawn members can no longer sign in. */
public record FamilyMember(UUID id, UUID caseId, UUID schoolId, UUID contactId, boolean pupil, String name,
                           String email, String invitedBy, Instant invitedAt, Instant withdrawnAt) {

    public boolean live() {
        return withdrawnAt == null;
    }
}
