package org.rejoin.referral;

import java.util.UUID;

/** An agency as a system administrator keeps it; {@code id} is null for one not yet registered. */
public record AgencyDetails(UUID id, String name, AgencyType type, String localAuthority, String contactEmail) {
}
