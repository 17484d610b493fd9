package org.rejoin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rejoin.notification.Mails.whole;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.StepOffered;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.notification.internal.DemoMailServer.DemoMail;
import org.rejoin.notification.internal.Digest;
import org.rejoin.notification.internal.OutboxSender;
import org.rejoin.notification.internal.Reminders;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SenStatus;
import org.rejoin.referral.AgencyInfo;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralDecided;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlanProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every template, rendered for one case whose pupil has distinctive names, a UPN, an EHC plan and a birthday,
 * through the app's own paths (events heard, reminders, the digest), sent through the SMTP server: no email
 * holds any of it, and every template file was used. Events the processes raise only after days of waiting
 * (an escalation, a referral reaching an agency or being decided) are published here as their modules would.
 */
@RejoinTest
class EveryEmailWithoutPupilDataTests {

    static final String FIRST_NAME = "Philomena";
    static final String SURNAME = "Tregunnawick";

    @Autowired java.time.Clock clock;
    @Autowired TestData data;
    @Autowired org.rejoin.pupil.SchoolService schools;
    @Autowired PupilService pupils;
    @Autowired CaseService cases;
    @Autowired Chronology chronology;
    @Autowired InboxService inbox;
    @Autowired SchoolStaff staff;
    @Autowired AgencyService agencies;
    @Autowired OutboxSender sender;
    @Autowired Reminders reminders;
    @Autowired Digest digest;
    @Autowired NotificationService notifications;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void noEmailOfAnyKindNamesThePupilAndEveryTemplateIsUsed() throws IOException {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UserAccount leader = data.staff(school, Role.LEADER, "Head teacher");
        UserAccount dsl = data.staff(school, Role.SCHOOL_STAFF, "DSL");
        staff.designateSafeguardingLead(data.admin(), dsl.id(), true);
        AgencyInfo agency = agencies.create("Early Help " + UUID.randomUUID().toString().substring(0, 6),
                AgencyType.EARLY_HELP, school.localAuthority());
        UserAccount partner = data.partner(agency.id());
        String dutyDesk = "duty-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        agencies.setSharedAddress(agency.id(), dutyDesk);
        String upn = TestData.randomUpn();
        UUID pupil = pupils.register(new NewPupil(school.id(), upn, FIRST_NAME, SURNAME, LocalDate.of(2011, 7, 23), 10,
                SenStatus.EHC_PLAN, null));

        UUID caseId = cases.openByHand(champion, pupil, "Worried about " + FIRST_NAME + " since the trip");
        InboxTask step = await().atMost(Mails.WAIT).until(() -> inbox.openStepsOfCase(champion, caseId).stream()
                .filter(t -> t.elementId().equals(JourneyProcess.Elements.ACT_ON_DROP)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        chronology.raiseSafeguardingConcern(champion, caseId, FIRST_NAME + " said her stepfather " + SURNAME + " hit her");
        Instant due = Instant.now(clock).plusSeconds(3 * 86_400);
        notifications.choose(leader, NotificationKind.ESCALATION, DeliveryMode.DIGEST); // the leader: a digest
        publish(new StepOffered(UUID.randomUUID(), UUID.randomUUID(), caseId, school.id(), null,
                JourneyProcess.PROCESS_ID, JourneyProcess.Elements.JOURNEY_OVERDUE, "The journey has not reached its plan in time",
                due, leader.username()));
        publish(new StepOffered(UUID.randomUUID(), UUID.randomUUID(), caseId, school.id(), agency.id(),
                ReferralProcess.PROCESS_ID, ReferralProcess.Elements.ACCEPT_OR_DECLINE, "Accept or decline the referral",
                due, partner.username()));
        for (ReferralDecided.Decision decision : ReferralDecided.Decision.values()) {
            publish(new ReferralDecided(UUID.randomUUID(), caseId, school.id(), champion.username(), agency.name(), decision));
        }
        publish(new org.rejoin.security.InvitationIssued(champion.id(), champion.username(), "Ms Champion", school.id(),
                "http://localhost/invitation/not-a-real-token", Instant.now(clock).plusSeconds(86_400), "admin"));
        // the step falls due tomorrow, then is overdue: reminders on two mornings
        LocalDate monday = nextSchoolMonday(school);
        Instant mondayMorning = monday.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        jdbc.update("update task set due_date = ? where id = ?", java.sql.Timestamp.from(mondayMorning.plusSeconds(86_400)),
                step.id());
        reminders.remind(mondayMorning);
        jdbc.update("update task set due_date = ? where id = ?", java.sql.Timestamp.from(Instant.now(clock).minusSeconds(3_600)),
                step.id());
        reminders.remind(Instant.now(clock));
        await().atMost(Mails.WAIT).until(() -> jdbc.queryForObject("select count(*) from notification "
                + "where recipient = ? and state = 'HELD'", Integer.class, leader.username()) == 1);
        assertThat(digest.send(mondayMorning.plusSeconds(9 * 3_600))).isPositive();

        List<DemoMail> mails = new ArrayList<>();
        mails.addAll(Mails.awaitMails(sender, champion.username(), 7)); // step, due tomorrow, overdue, 3 decisions, invitation
        mails.addAll(Mails.awaitMails(sender, leader.username(), 1));   // the digest with the escalation
        mails.addAll(Mails.awaitMails(sender, dsl.username(), 1));
        mails.addAll(Mails.awaitMails(sender, partner.username(), 1));
        mails.addAll(Mails.awaitMails(sender, dutyDesk, 1)); // the agency's shared address, beside its partners

        for (DemoMail mail : mails) {
            assertThat(whole(mail)).as(mail.subject()).doesNotContain(FIRST_NAME).doesNotContain(SURNAME)
                    .doesNotContain(upn).doesNotContain("EHC").doesNotContain("23 July 2011").doesNotContain("2011-07-23")
                    .doesNotContain("stepfather").doesNotContain("trip");
            assertThat(mail.text()).as(mail.subject()).doesNotContain("null").doesNotContain("${");
            assertThat(mail.html()).as(mail.subject()).startsWith("<!DOCTYPE html>").doesNotContain("null");
        }
        Set<String> used = jdbc.queryForList("select distinct template from notification where recipient in (?, ?, ?, ?)",
                String.class, champion.username(), leader.username(), dsl.username(), partner.username())
                .stream().collect(Collectors.toCollection(TreeSet::new));
        Set<String> queued = templateFiles();
        queued.removeAll(SENT_AT_ONCE); // never in the outbox; the family tests check their emails name no pupil
        assertThat(used).isEqualTo(queued);
    }

    /** Templates sent at once, never queued: one-time links (FamilyServiceTests reads those emails). */
    private static final Set<String> SENT_AT_ONCE = Set.of("family-link");

    private void publish(Object event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }

    private static Set<String> templateFiles() throws IOException {
        Set<String> names = new TreeSet<>();
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:notifications/*.txt")) {
            names.add(resource.getFilename().replace(".txt", ""));
        }
        return names;
    }

    /** A Monday at least a week away that is a school day of this school. */
    private LocalDate nextSchoolMonday(SchoolInfo school) {
        var calendar = schools.calendar(school.id());
        LocalDate day = LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        while (!calendar.isSchoolDay(day)) {
            day = day.plusWeeks(1);
        }
        return day;
    }
}
