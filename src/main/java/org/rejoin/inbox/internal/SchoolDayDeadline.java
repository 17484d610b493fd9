package org.rejoin.inbox.internal;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolService;
import org.springframework.stereotype.Component;

/**
 * Deadlines in school days, which zeebe:taskSchedule cannot express: a user task with the task header
 * {@code dueInSchoolDays} ("5", or the name of a process variable holding the number) is due at the end
 * of that school day of the pupil's school, counted from when the inbox first saw the task. The BPMN's
 * own dueDate is kept where the header is absent or the task has no school.
 */
@Component
class SchoolDayDeadline {

    static final String HEADER = "dueInSchoolDays";
    static final LocalTime END_OF_SCHOOL_DAY = LocalTime.of(16, 0);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SchoolService schools;
    private final TaskStore store;
    private final Clock clock;

    SchoolDayDeadline(SchoolService schools, TaskStore store, Clock clock) {
        this.schools = schools;
        this.store = store;
        this.clock = clock;
    }

    UserTaskJob apply(UserTaskJob task, ActivatedJob job) {
        Optional<Integer> days = days(job);
        if (days.isEmpty() || task.schoolId() == null) {
            return task;
        }
        Instant from = store.firstSeen(task.jobKey()).orElse(Instant.now(clock));
        return task.withDueDate(due(schools.calendar(task.schoolId()), from, days.get()));
    }

    static Instant due(SchoolCalendar calendar, Instant from, int schoolDays) {
        LocalDate start = from.atZone(LONDON).toLocalDate();
        return calendar.addSchoolDays(start, schoolDays).atTime(END_OF_SCHOOL_DAY).atZone(LONDON).toInstant();
    }

    private static Optional<Integer> days(ActivatedJob job) {
        String header = job.getCustomHeaders().get(HEADER);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        Object resolved = value.chars().allMatch(Character::isDigit) ? value : job.getVariablesAsMap().get(value);
        if (resolved == null) {
            throw new IllegalArgumentException("Task header " + HEADER + " names variable '" + value
                    + "', which the process does not have");
        }
        try {
            return Optional.of((int) Math.round(Double.parseDouble(resolved.toString())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Task header " + HEADER + " must be a number of school days, not '"
                    + resolved + "'", e);
        }
    }
}
