package org.rejoin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rejoin.notification.Mails.awaitMails;
import static org.rejoin.notification.Mails.whole;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.notification.internal.DemoMailServer.DemoMail;
import org.rejoin.notification.internal.OutboxSender;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Emails in the whole app, through its in-JVM SMTP server: a step offered to a group reaches each person who can
 * take it once, a safeguarding concern reaches the designated safeguarding leads at once, one click unsubscribes.
 * The pupil has names no email could contain by chance.
 */
@RejoinTest
class NotificationsInTheAppTests {

    static final String FIRST_NAME = "Zebedee";
    static final String SURNAME = "Quistgaard-Hollowmere";

    @Autowired
    java.time.Clock clock;
    @Autowired
    TestData data;
    @Autowired
    PupilService pupils;
    @Autowired
    CaseService cases;
    @Autowired
    Chronology chronology;
    @Autowired
    InboxService inbox;
    @Autowired
    SchoolStaff staff;
    @Autowired
    OutboxSender sender;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    SchoolInfo school;
    UserAccount champion;
    UserAccount secondChampion;
    UserAccount tutor;
    UserAccount dsl;
    UUID pupil;
    String upn;

    @BeforeEach
    void aSchoolWithAPupilOfDistinctiveNameAndItsStaff() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        secondChampion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");
        dsl = data.staff(school, Role.SCHOOL_STAFF, "Designated safeguarding lead");
        staff.designateSafeguardingLead(data.admin(), dsl.id(), true);
        upn = TestData.randomUpn();
        pupil = pupils.register(new NewPupil(school.id(), upn, FIRST_NAME, SURNAME, LocalDate.of(2012, 3, 14), 9,
                SenStatus.EHC_PLAN, null));
    }

    @Test
    void aStepOfferedToTheChampionsEmailsEachOfThemOnceAndNobodyElse() {
        UUID caseId = cases.openByHand(champion, pupil, "Seems anxious about PE");
        InboxTask step = awaitStep(caseId, JourneyProcess.Elements.ACT_ON_DROP);

        DemoMail mail = awaitMails(sender, champion.username(), 1).get(0);
        awaitMails(sender, secondChampion.username(), 1);

        assertThat(mail.subject()).contains(step.name());
        assertThat(mail.text()).contains(school.name()).contains("/tasks/" + step.id()).contains("sign in");
        assertThat(mail.html()).contains("<a href=\"http://localhost:" + port + "/tasks/" + step.id() + "\"");
        assertThat(mail.listUnsubscribe()).startsWith("<http://localhost:" + port + "/notifications/unsubscribe/");
        assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertNoPupilData(mail);
        sender.sendDue(java.time.Instant.now(clock).plusSeconds(3600));
        assertThat(Mails.to(champion.username())).hasSize(1);
        assertThat(Mails.to(secondChampion.username())).hasSize(1);
        assertThat(Mails.to(tutor.username())).isEmpty();
    }

    @Test
    void aSafeguardingConcernReachesTheDesignatedLeadAtOnceWithoutItsWords() {
        UUID caseId = cases.openByHand(champion, pupil, "Bruises noticed");
        chronology.raiseSafeguardingConcern(champion, caseId, "Marks on the arm said to be from Uncle Bartholomew");

        DemoMail mail = awaitMails(sender, dsl.username(), 1).get(0);

        assertThat(mail.subject()).isEqualTo("A safeguarding concern needs you now");
        assertThat(mail.text()).contains(school.name()).contains("/cases/" + caseId);
        assertThat(mail.listUnsubscribe()).isNull(); // safeguarding cannot be switched off
        assertThat(whole(mail)).doesNotContain("Bartholomew").doesNotContain("Marks on the arm");
        assertNoPupilData(mail);
    }

    @Test
    void oneClickUnsubscribeStopsThatKindAndTheNextStepIsNotEmailed() throws Exception {
        cases.openByHand(champion, pupil, "First worry");
        DemoMail mail = awaitMails(sender, champion.username(), 1).get(0);
        String link = mail.listUnsubscribe().substring(1, mail.listUnsubscribe().length() - 1);

        var http = HttpClient.newHttpClient();
        var shown = http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(notifications.preferences(champion).get(NotificationKind.STEP_OFFERED))
                .as("opening the link (a scanner) changes nothing").isEqualTo(DeliveryMode.IMMEDIATE);
        var clicked = http.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(notifications.preferences(champion).get(NotificationKind.STEP_OFFERED)).isEqualTo(DeliveryMode.OFF);

        UUID secondPupil = data.pupil(school, "Other");
        UUID second = cases.openByHand(champion, secondPupil, "Second worry");
        InboxTask step = awaitStep(second, JourneyProcess.Elements.ACT_ON_DROP);
        awaitMails(sender, secondChampion.username(), 2);
        assertThat(Mails.to(champion.username())).hasSize(1);
        assertThat(jdbc.queryForObject("select state from notification where event_key = ? and recipient = ?",
                String.class, "step-offered:" + step.id(), champion.username())).isEqualTo("SKIPPED");
    }

    private void assertNoPupilData(DemoMail mail) {
        assertThat(whole(mail)).doesNotContain(FIRST_NAME).doesNotContain(SURNAME).doesNotContain(upn)
                .doesNotContain("EHC").doesNotContain("14 March 2012").doesNotContain("2012-03-14");
    }

    private InboxTask awaitStep(UUID caseId, String elementId) {
        return await().atMost(Mails.WAIT).until(() -> inbox.openStepsOfCase(champion, caseId).stream()
                .filter(t -> t.elementId().equals(elementId)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }
}
