package org.rejoin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.notification.Mails.awaitMail;
import static org.rejoin.notification.Mails.whole;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.notification.internal.DemoMailServer.DemoMail;
import org.rejoin.notification.internal.OutboxSender;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.IssuedInvitation;
import org.rejoin.security.NewStaffMember;
import org.rejoin.security.Role;
import org.rejoin.security.StaffAccounts;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An invited person gets their one-time link by email, through the app's own SMTP server; once the email has gone
 * the outbox row no longer holds a working link (only a hash of the token is kept anywhere else).
 */
@RejoinTest
class InvitationEmailTests {

    @Autowired
    TestData data;
    @Autowired
    StaffAccounts staff;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInvitationIsEmailedWithItsLinkAndTheSentRowForgetsTheLink() {
        SchoolInfo school = data.school();
        UserAccount schoolAdmin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        String email = "invited-" + UUID.randomUUID() + "@example.org";

        IssuedInvitation invitation = staff.invite(schoolAdmin, school.id(),
                new NewStaffMember(email, "Ms Newcomer", "Attendance officer", Role.ATTENDANCE_CHAMPION, false));

        DemoMail mail = awaitMail(sender, email, "You are invited to Rejoin");
        assertThat(whole(mail)).contains("Hello Ms Newcomer", school.name(), invitation.link())
                .doesNotContain("Stop emails of this kind");
        String stored = jdbc.queryForObject("select model::text from notification where recipient = ? "
                + "and kind = 'INVITATION' and state = 'SENT'", String.class, email);
        assertThat(stored).contains("Ms Newcomer").doesNotContain(invitation.link())
                .doesNotContain(invitation.link().substring(invitation.link().lastIndexOf('/') + 1));
    }

    @Test
    void aNewLinkIsEmailedToo() {
        SchoolInfo school = data.school();
        UserAccount schoolAdmin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        String email = "again-" + UUID.randomUUID() + "@example.org";
        IssuedInvitation first = staff.invite(schoolAdmin, school.id(),
                new NewStaffMember(email, "Mr Later", null, Role.SCHOOL_STAFF, false));
        awaitMail(sender, email, "You are invited to Rejoin");

        IssuedInvitation second = staff.sendNewLink(schoolAdmin, first.accountId());

        assertThat(Mails.awaitMails(sender, email, 2)).last().satisfies(mail ->
                assertThat(whole(mail)).contains(second.link()).doesNotContain(first.link()));
    }
}
