package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A pupil on a school's roll as the MIS holds them, read from a roster file or typed by the school's
 * administrator; {@code id} is null for a pupil not yet on Rejoin. A pupil with a leaving date keeps their
 * record and cases but drops out of lists and triage from that date.
 */
public record PupilRecord(UUID id, String upn, String legalFirstName, String preferredFirstName, String surname,
                          LocalDate dateOfBirth, int yearGroup, String registrationGroup, LocalDate admissionDate,
                          LocalDate leavingDate, SenStatus senStatus, boolean freeSchoolMeals,
                          boolean englishAdditionalLanguage) {

    /** The name colleagues use: the preferred first name if the MIS has one. */
    public String knownAs() {
        return (preferredFirstName == null || preferredFirstName.isBlank() ? legalFirstName : preferredFirstName)
                + " " + surname;
    }

    public PupilRecord withId(UUID newId) {
        return new PupilRecord(newId, upn, legalFirstName, preferredFirstName, surname, dateOfBirth, yearGroup,
                registrationGroup, admissionDate, leavingDate, senStatus, freeSchoolMeals, englishAdditionalLanguage);
    }

    public PupilRecord withUpn(String newUpn) {
        return new PupilRecord(id, newUpn, legalFirstName, preferredFirstName, surname, dateOfBirth, yearGroup,
                registrationGroup, admissionDate, leavingDate, senStatus, freeSchoolMeals, englishAdditionalLanguage);
    }
}
