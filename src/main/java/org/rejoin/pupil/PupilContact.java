package org.rejoin.pupil;

import java.util.UUID;

/**
 * A parent or carer of a pupil, as the MIS contacts export gives them; {@code id} is null for one not yet saved.
 * A contact marked "no contact" is kept so that nobody contacts them by mistake.
 */
public record PupilContact(UUID id, UUID pupilId, String name, String relationship, boolean parentalResponsibility,
                           int priority, String email, String phone, String address, boolean noContact) {
}
