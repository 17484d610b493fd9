package org.rejoin.pupil;

import java.util.UUID;

/** A local authority: its DfE three-digit number and its name, which schools and agencies are filed under. */
public record LocalAuthorityInfo(UUID id, String code, String name) {
}
