package org.rejoin.notification.internal;

import java.time.Instant;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.referral.AgencyInfo;
import org.rejoin.referral.AgencyService;
import org.springframework.stereotype.Component;

/** The words an email uses for where and when: a school's or agency's name, a date in words. */
@Component
class Places {

    private final SchoolService schools;
    private final AgencyService agencies;

    Places(SchoolService schools, AgencyService agencies) {
        this.schools = schools;
        this.agencies = agencies;
    }

    /** The school's name, else the agency's, else a neutral phrase. */
    String of(UUID schoolId, UUID agencyId) {
        if (schoolId != null) {
            var school = schools.find(schoolId).map(SchoolInfo::name);
            if (school.isPresent()) {
                return school.get();
            }
        }
        if (agencyId != null) {
            var agency = agencies.find(agencyId).map(AgencyInfo::name);
            if (agency.isPresent()) {
                return agency.get();
            }
        }
        return "your school or agency";
    }

    static String dateTime(Instant moment) {
        return moment == null ? null : UkDates.formatDateTime(moment);
    }

    static String date(Instant moment) {
        return moment == null ? null : UkDates.formatInWords(moment.atZone(UkDates.ZONE).toLocalDate());
    }
}
