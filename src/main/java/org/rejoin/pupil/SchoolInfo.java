package org.rejoin.pupil;

import java.util.UUID;

public record SchoolInfo(UUID id, String urn, String name, String localAuthority) {
}
