package org.rejoin.pupil;

import java.util.UUID;

/** A school as its administrators keep it; {@code id} is null for one not yet registered. */
public record SchoolDetails(UUID id, String urn, String name, String localAuthority, SchoolPhase phase,
                            String emailDomain) {

    public SchoolDetails withId(UUID newId) {
        return new SchoolDetails(newId, urn, name, localAuthority, phase, emailDomain);
    }
}
