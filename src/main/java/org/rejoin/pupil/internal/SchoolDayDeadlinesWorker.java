package org.rejoin.pupil.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolService;
import org.springframework.stereotype.Component;

/**
 * Deadlines in school days for BPMN timers, which can only count calendar time. A service task of type
 * {@value #TYPE} names them in its header {@code deadlines}: {@code "journeyDeadline=journeyTimeLimitSchoolDays,
 * reviewDue=10"} sets each variable to the end of the school day that many school days (a number, or the
 * name of a variable holding one) after today, in the calendar of the process's {@code schoolId}, as an
 * ISO-8601 date-time with offset. {@code "reviewDate=3 before endDate"} counts back from the date in the
 * variable {@code endDate} instead (a review before a part-time timetable ends).
 */
@Component
public class SchoolDayDeadlinesWorker {

    static final String TYPE = "rejoin.school-days.deadlines";
    static final String HEADER = "deadlines";
    static final LocalTime END_OF_SCHOOL_DAY = LocalTime.of(16, 0);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SchoolService schools;
    private final Clock clock;

    SchoolDayDeadlinesWorker(SchoolService schools, Clock clock) {
        this.schools = schools;
        this.clock = clock;
    }

    @JobWorker(type = TYPE)
    public Map<String, Object> deadlines(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        SchoolCalendar calendar = schools.calendar(UUID.fromString(String.valueOf(variables.get("schoolId"))));
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> deadlines = new LinkedHashMap<>();
        parse(job.getCustomHeaders().get(HEADER)).forEach((name, spec) -> deadlines.put(name,
                deadline(spec, variables, calendar, today).toString()));
        return deadlines;
    }

    static java.time.OffsetDateTime deadline(String spec, Map<String, Object> variables, SchoolCalendar calendar,
                                             LocalDate today) {
        String[] before = spec.split("\\s+before\\s+");
        LocalDate day = before.length == 2
                ? calendar.subtractSchoolDays(date(before[1].strip(), variables), schoolDays(before[0].strip(), variables))
                : calendar.addSchoolDays(today, schoolDays(spec, variables));
        return day.atTime(END_OF_SCHOOL_DAY).atZone(LONDON).toOffsetDateTime();
    }

    private static LocalDate date(String variable, Map<String, Object> variables) {
        Object value = variables.get(variable);
        if (value == null || value.toString().length() < 10) {
            throw new IllegalArgumentException("The deadline counts back from '" + variable
                    + "', which the process does not have as a date");
        }
        try {
            return LocalDate.parse(value.toString().substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + variable + "' is not a date: " + value, e);
        }
    }

    static Map<String, String> parse(String header) {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("Task header " + HEADER + " is missing: say which deadlines to set");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : header.split(",")) {
            String[] parts = pair.split("=");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("Task header " + HEADER + " needs variable=days pairs, not '" + pair + "'");
            }
            pairs.put(parts[0].strip(), parts[1].strip());
        }
        return pairs;
    }

    static int schoolDays(String days, Map<String, Object> variables) {
        Object value = days.chars().allMatch(Character::isDigit) ? days : variables.get(days);
        if (value == null) {
            throw new IllegalArgumentException("The deadline names variable '" + days + "', which the process does not have");
        }
        try {
            int number = (int) Math.round(Double.parseDouble(value.toString()));
            if (number < 0) {
                throw new IllegalArgumentException("A deadline cannot be " + number + " school days away");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + days + "' is not a number of school days: " + value, e);
        }
    }
}
