package org.rejoin.referral.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an agency has to answer a referral, in school days of the pupil's school (rejoin.referral.*):
 * reminded after {@code reminderSchoolDays}, chased by a leader after {@code acceptSchoolDays}.
 */
@ConfigurationProperties("rejoin.referral")
public record ReferralProperties(Integer reminderSchoolDays, Integer acceptSchoolDays) {

    public ReferralProperties {
        reminderSchoolDays = positive(reminderSchoolDays, 3, "reminder-school-days");
        acceptSchoolDays = positive(acceptSchoolDays, 5, "accept-school-days");
        if (acceptSchoolDays <= reminderSchoolDays) {
            throw new IllegalArgumentException("rejoin.referral.accept-school-days must be later than "
                    + "reminder-school-days");
        }
    }

    private static int positive(Integer value, int fallback, String name) {
        int days = value == null ? fallback : value;
        if (days < 1) {
            throw new IllegalArgumentException("rejoin.referral." + name + " must be at least 1 school day");
        }
        return days;
    }
}
