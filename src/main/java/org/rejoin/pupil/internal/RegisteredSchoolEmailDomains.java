package org.rejoin.pupil.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.pupil.SchoolDetails;
import org.rejoin.security.SchoolEmailDomains;
import org.springframework.stereotype.Component;

/** Single sign-on reads the school's registered staff email domain from the school register. */
@Component
class RegisteredSchoolEmailDomains implements SchoolEmailDomains {

    private final SchoolRecords schools;

    RegisteredSchoolEmailDomains(SchoolRecords schools) {
        this.schools = schools;
    }

    @Override
    public Optional<String> of(UUID schoolId) {
        return schools.school(schoolId).map(SchoolDetails::emailDomain).filter(d -> !d.isBlank())
                .map(d -> d.strip().toLowerCase(Locale.ROOT));
    }
}
