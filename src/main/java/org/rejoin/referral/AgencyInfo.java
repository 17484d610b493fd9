package org.rejoin.referral;

import java.util.UUID;

public record AgencyInfo(UUID id, String name, AgencyType type, String localAuthority) {
}
