package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.UUID;

public record NewPupil(UUID schoolId, String upn, String firstName, String lastName, LocalDate dateOfBirth,
                       int yearGroup, SenStatus senStatus, UUID keyAdultUserId) {
}
