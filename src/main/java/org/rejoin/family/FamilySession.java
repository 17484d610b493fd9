package org.rejoin.family;

import java.io.Serializable;
import java.util.UUID;

/** Who is signed in to the family page: one member of one case, nothing else. Kept in the HTTP session. */
public record FamilySession(UUID memberId, UUID caseId, boolean pupil, String name) implements Serializable {
}
