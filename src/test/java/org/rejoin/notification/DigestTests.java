package org.rejoin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.inbox.StepOffered;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.notification.internal.DemoMailServer.DemoMail;
import org.rejoin.notification.internal.Digest;
import org.rejoin.notification.internal.OutboxSender;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily digest: several steps in one email, sent on the person's school days only, each step once. */
@RejoinTest
class DigestTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired java.time.Clock clock;
    @Autowired TestData data;
    @Autowired SchoolService schools;
    @Autowired NotificationService notifications;
    @Autowired Digest digest;
    @Autowired OutboxSender sender;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void severalStepsGoInOneEmailOnASchoolDayAndNeverOnAWeekendOrAHoliday() {
        SchoolInfo school = data.school();
        UserAccount tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");
        notifications.choose(tutor, NotificationKind.STEP_OFFERED, DeliveryMode.DIGEST);
        for (String step : new String[] {"5. Tell us what you know about this pupil", "7. Hear directly from the pupil",
                "Record the parents' reply"}) {
            transactions.executeWithoutResult(tx -> events.publishEvent(new StepOffered(UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), school.id(), null, JourneyProcess.PROCESS_ID,
                    "Task_" + step.hashCode(), step, null, tutor.username())));
        }
        await().atMost(Mails.WAIT).until(() -> held(tutor) == 3);

        var calendar = schools.calendar(school.id());
        LocalDate saturday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        LocalDate schoolDay = LocalDate.now(clock).plusDays(1);
        LocalDate closedWeekday = LocalDate.now(clock).plusDays(1);
        while (!calendar.isSchoolDay(schoolDay)) {
            schoolDay = schoolDay.plusDays(1);
        }
        while (calendar.isSchoolDay(closedWeekday) || closedWeekday.getDayOfWeek().getValue() > 5) {
            closedWeekday = closedWeekday.plusDays(1); // a holiday on a weekday
        }
        digest.send(at(saturday));
        digest.send(at(closedWeekday));
        assertThat(held(tutor)).as("nothing goes on a weekend or a weekday the school is closed").isEqualTo(3);

        digest.send(at(schoolDay));
        digest.send(at(schoolDay)); // a second tick finds nothing left
        DemoMail mail = Mails.awaitMails(sender, tutor.username(), 1).get(0);
        assertThat(mail.subject()).isEqualTo("Your Rejoin digest: 3 new items");
        assertThat(mail.text()).contains("5. Tell us what you know about this pupil")
                .contains("7. Hear directly from the pupil").contains("Record the parents' reply").contains(school.name());
        assertThat(mail.html()).contains("Hear directly from the pupil");
        assertThat(held(tutor)).isZero();
        sender.sendDue(Instant.now(clock).plusSeconds(3_600));
        assertThat(Mails.to(tutor.username())).hasSize(1);
    }

    private int held(UserAccount person) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and state = 'HELD'",
                Integer.class, person.username());
    }

    private static Instant at(LocalDate day) {
        return day.atTime(16, 0).atZone(LONDON).toInstant();
    }
}
