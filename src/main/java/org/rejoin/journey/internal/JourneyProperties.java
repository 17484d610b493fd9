package org.rejoin.journey.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The journey's time limits, in school days of the pupil's school (rejoin.journey.*). */
@ConfigurationProperties("rejoin.journey")
record JourneyProperties(Integer timeLimitSchoolDays, Integer colleagueReminderSchoolDays,
                         Integer colleagueCutOffSchoolDays, Integer parentResponseSchoolDays) {

    JourneyProperties {
        timeLimitSchoolDays = positive(timeLimitSchoolDays, 20, "time-limit-school-days");
        colleagueReminderSchoolDays = positive(colleagueReminderSchoolDays, 3, "colleague-reminder-school-days");
        colleagueCutOffSchoolDays = positive(colleagueCutOffSchoolDays, 6, "colleague-cut-off-school-days");
        parentResponseSchoolDays = positive(parentResponseSchoolDays, 5, "parent-response-school-days");
        if (colleagueCutOffSchoolDays <= colleagueReminderSchoolDays) {
            throw new IllegalArgumentException("rejoin.journey.colleague-cut-off-school-days must be later than "
                    + "colleague-reminder-school-days");
        }
    }

    private static int positive(Integer value, int fallback, String name) {
        int days = value == null ? fallback : value;
        if (days < 1) {
            throw new IllegalArgumentException("rejoin.journey." + name + " must be at least 1 school day");
        }
        return days;
    }
}
