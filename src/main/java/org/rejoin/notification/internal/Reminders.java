package org.rejoin.notification.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.StepNotice;
import org.rejoin.notification.NotificationKind;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once each weekday morning: the people who can take a step due by the end of the next weekday are told it is
 * due tomorrow, and those of a step past its due date that it is overdue; each once per step (event key).
 * One instance runs each tick (ShedLock).
 */
@Component
public class Reminders {

    static final int MOST_PER_TICK = 5_000;
    /** Steps overdue for longer than this were reminded long ago or were left open on purpose. */
    static final int OVERDUE_LOOKBACK_DAYS = 60;

    private final InboxService inbox;
    private final Notifier notifier;
    private final Places places;
    private final Links links;
    private final NotificationProperties properties;
    private final Clock clock;

    Reminders(InboxService inbox, Notifier notifier, Places places, Links links, NotificationProperties properties,
              Clock clock) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.places = places;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${rejoin.notifications.reminder-cron:0 0 7 * * MON-FRI}",
            zone = "${rejoin.notifications.zone:Europe/London}")
    @SchedulerLock(name = "notification-reminders", lockAtLeastFor = "PT30S")
    public void tick() {
        remind(Instant.now(clock));
    }

    /** The reminders as of {@code now}; how many emails were queued or held. */
    public int remind(Instant now) {
        LocalDate today = now.atZone(properties.zone()).toLocalDate();
        Instant tomorrowEnds = nextWeekday(today).plusDays(1).atStartOfDay(properties.zone()).toInstant();
        int written = 0;
        for (StepNotice step : inbox.openStepsDueBetween(now, tomorrowEnds, MOST_PER_TICK)) {
            written += tell(step, "due-tomorrow");
        }
        for (StepNotice step : inbox.openStepsDueBetween(now.minusSeconds(OVERDUE_LOOKBACK_DAYS * 86_400L), now,
                MOST_PER_TICK)) {
            written += tell(step, "overdue");
        }
        return written;
    }

    private int tell(StepNotice step, String template) {
        List<String> people = step.assignee() != null ? List.of(step.assignee()) : inbox.peopleWhoCanTake(step.taskId());
        Map<String, Object> model = new HashMap<>();
        model.put("step", step.stepName());
        model.put("place", places.of(step.schoolId(), step.agencyId()));
        model.put("due", Places.date(step.dueDate()));
        model.put("link", links.to("/tasks/" + step.taskId()));
        return notifier.tell(people, template + ":" + step.taskId(), NotificationKind.STEP_DUE, template, model);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
