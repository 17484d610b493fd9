package org.rejoin.inbox.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.inbox.InboxTask;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolService;

/**
 * "Due in 3 school days", "Due today", "Overdue by 2 school days": deadlines counted in the days
 * the pupil's school is open, from the app's today (docs/decisions/0011). Calendars are read once per school per
 * view.
 */
class DueText {

    private final SchoolService schools;
    private final Clock clock;
    private final Map<UUID, SchoolCalendar> calendars = new HashMap<>();

    DueText(SchoolService schools, Clock clock) {
        this.schools = schools;
        this.clock = clock;
    }

    /** An open step past its due date, by the app's clock. */
    boolean overdue(InboxTask task) {
        return task.isOverdue(Instant.now(clock));
    }

    String describe(Instant due, UUID schoolId) {
        if (due == null) {
            return "No due date";
        }
        LocalDate today = Instant.now(clock).atZone(UkDates.ZONE).toLocalDate();
        LocalDate dueDay = due.atZone(UkDates.ZONE).toLocalDate();
        if (dueDay.equals(today)) {
            return "Due today";
        }
        Optional<SchoolCalendar> calendar = calendar(schoolId);
        int days = calendar.map(c -> c.schoolDaysBetween(today, dueDay))
                .orElse((int) java.time.temporal.ChronoUnit.DAYS.between(today, dueDay));
        String unit = calendar.isPresent() ? " school day" : " day";
        if (dueDay.isBefore(today)) {
            int late = Math.max(1, -days);
            return "Overdue by " + late + unit + (late == 1 ? "" : "s");
        }
        return days == 0 ? "Due " + UkDates.format(dueDay) + " (no school days before)"
                : "Due in " + days + unit + (days == 1 ? "" : "s");
    }

    /** As {@link #describe}, with the date itself: "Due in 3 school days (10 Dec 2026)". */
    String describeWithDate(Instant due, UUID schoolId) {
        String text = describe(due, schoolId);
        return due == null ? text : text + " (" + UkDates.format(due.atZone(UkDates.ZONE).toLocalDate()) + ")";
    }

    private Optional<SchoolCalendar> calendar(UUID schoolId) {
        return schoolId == null ? Optional.empty()
                : Optional.of(calendars.computeIfAbsent(schoolId, schools::calendar));
    }
}
