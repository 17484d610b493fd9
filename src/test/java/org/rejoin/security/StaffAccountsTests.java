package org.rejoin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Staff accounts through their life, on real PostgreSQL, signing in through Spring Security's own provider. */
@org.rejoin.RejoinTest
@RecordApplicationEvents
class StaffAccountsTests {

    static final String PASSWORD = "a long new password";

    @Autowired
    StaffAccounts staff;
    @Autowired
    Invitations invitations;
    @Autowired
    TestData data;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ApplicationEvents events;

    SchoolInfo school;
    UserAccount schoolAdmin;

    @BeforeEach
    void aSchoolWithItsAdministrator() {
        school = data.school();
        schoolAdmin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
    }

    @Test
    void invitedPersonSetsTheirPasswordOnceWithTheLinkAndThenSignsIn() {
        String email = unique("champion");
        IssuedInvitation invitation = staff.invite(schoolAdmin, school.id(),
                new NewStaffMember(" " + email.toUpperCase() + " ", "Ms Champion", "Attendance officer",
                        Role.ATTENDANCE_CHAMPION, false));
        String token = invitation.link().substring(invitation.link().lastIndexOf('/') + 1);

        assertThat(invitation.email()).isEqualTo(email);
        assertThat(staff.staffOf(schoolAdmin, school.id())).filteredOn(a -> a.email().equals(email))
                .extracting(StaffAccount::status).containsExactly(AccountStatus.INVITED);
        assertThatThrownBy(() -> signIn(email, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(events.stream(InvitationIssued.class)).anySatisfy(e -> {
            assertThat(e.accountId()).isEqualTo(invitation.accountId());
            assertThat(e.link()).isEqualTo(invitation.link());
            assertThat(e.email()).isEqualTo(email);
        });
        assertThat(jdbc.queryForObject("select count(*) from account_invitation where token_hash = ?", Integer.class,
                token)).as("the token itself is never stored").isZero();

        assertThat(invitations.invitedBy(token)).map(StaffAccount::displayName).contains("Ms Champion");
        assertThatThrownBy(() -> invitations.choosePassword(token, "short", "short"))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("password"));
        assertThatThrownBy(() -> invitations.choosePassword(token, PASSWORD, PASSWORD + "x"))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("repeated"));
        invitations.choosePassword(token, PASSWORD, PASSWORD);

        assertThat(signIn(email, PASSWORD).isAuthenticated()).isTrue();
        assertThat(invitations.invitedBy(token)).as("the link works once").isEmpty();
        assertThatThrownBy(() -> invitations.choosePassword(token, "another long password", "another long password"))
                .hasMessageContaining("expired or has already been used");
        assertThat(audit.count("ACCOUNT_INVITED", "app_user", invitation.accountId())).isEqualTo(1);
        assertThat(audit.count("INVITATION_ACCEPTED", "app_user", invitation.accountId())).isEqualTo(1);
    }

    @Test
    void expiredLinkDoesNothingAndANewLinkWithdrawsTheOldOne() {
        IssuedInvitation first = staff.invite(schoolAdmin, school.id(),
                new NewStaffMember(unique("late"), "Mr Late", null, Role.SCHOOL_STAFF, false));
        IssuedInvitation second = staff.sendNewLink(schoolAdmin, first.accountId());

        assertThat(invitations.invitedBy(token(first))).as("withdrawn by the new link").isEmpty();
        assertThat(invitations.invitedBy(token(second))).isPresent();
        jdbc.update("update account_invitation set expires_at = now() - interval '1 minute' where user_id = ?",
                first.accountId());
        assertThat(invitations.invitedBy(token(second))).as("expired").isEmpty();
        assertThat(audit.count("INVITATION_RESENT", "app_user", first.accountId())).isEqualTo(1);
    }

    @Test
    void deactivatedPersonCannotSignInAndTheirOpenStepsGoBackToTheirGroupsAtOnce() {
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Champion");
        UserAccount colleague = data.staff(school, Role.ATTENDANCE_CHAMPION, "Colleague");
        UUID held = openStepHeldBy(champion.username());
        UUID heldByColleague = openStepHeldBy(colleague.username());
        assertThat(signIn(champion.username(), TestData.PASSWORD).isAuthenticated()).isTrue();

        StaffAccount after = staff.deactivate(schoolAdmin, champion.id());

        assertThat(after.status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThatThrownBy(() -> signIn(champion.username(), TestData.PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(assigneeAndState(held)).containsExactly(null, "OPEN");
        assertThat(assigneeAndState(heldByColleague)).containsExactly(colleague.username(), "OPEN");
        assertThat(audit.count("ACCOUNT_DEACTIVATED", "app_user", champion.id())).isEqualTo(1);
        assertThat(audit.count("STEPS_RETURNED_TO_GROUPS", "app_user", champion.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, champion.id()))
                .as("never deleted").isEqualTo(1);

        staff.reactivate(schoolAdmin, champion.id());
        assertThat(signIn(champion.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
        assertThat(audit.count("ACCOUNT_REACTIVATED", "app_user", champion.id())).isEqualTo(1);
    }

    @Test
    void roleAndSafeguardingLeadAreChangedAndAudited() {
        UserAccount teacher = data.staff(school, Role.SCHOOL_STAFF, "Head of Year 9");

        staff.changeRole(schoolAdmin, teacher.id(), Role.LEADER);
        StaffAccount lead = staff.markSafeguardingLead(schoolAdmin, teacher.id(), true);

        assertThat(lead.role()).isEqualTo(Role.LEADER);
        assertThat(lead.safeguardingLead()).isTrue();
        assertThatThrownBy(() -> staff.changeRole(schoolAdmin, teacher.id(), Role.ADMIN))
                .isInstanceOf(FieldProblem.class);
        assertThat(audit.count("ACCOUNT_ROLE_CHANGED", "app_user", teacher.id())).isEqualTo(1);
        assertThat(audit.count("SAFEGUARDING_LEAD_NAMED", "app_user", teacher.id())).isEqualTo(1);
    }

    @Test
    void staffFileInvitesEveryoneOrNobodyListingEveryBadLine() {
        UserAccount existing = data.staff(school, Role.SCHOOL_STAFF, null);
        String a = unique("a");
        String csv = """
                Email Address,Full name,Job title,Role,DSL
                %s,Ann A,Teacher,School staff,no
                not-an-email,Bob B,,Leader,yes
                %s,Cat C,,Wizard,maybe

                %s,Dan D,,champion,
                %s,Eve E,,Leader,no
                """.formatted(a, unique("c"), a, existing.username());

        StaffImportResult rejected = staff.inviteAll(schoolAdmin, school.id(), csv.getBytes(StandardCharsets.UTF_8), null);

        assertThat(rejected.succeeded()).isFalse();
        assertThat(rejected.invited()).isEmpty();
        assertThat(rejected.errors()).extracting(e -> e.line()).containsExactly(3L, 4L, 6L, 7L);
        assertThat(rejected.errors().get(1).message()).contains("Role 'Wizard'").contains("Safeguarding lead 'maybe'");
        assertThat(rejected.errors().get(2).message()).contains("appears twice, on lines 2 and 6");
        assertThat(rejected.errors().get(3).message()).contains("already has an account");
        assertThat(jdbc.queryForObject("select count(*) from app_user where lower(username) = ?", Integer.class, a))
                .isZero();

        String b = unique("b");
        StaffImportResult done = staff.inviteAll(schoolAdmin, school.id(), """
                email,name,role,safeguarding lead
                %s,Ann A,Attendance champion,yes
                %s,Ben B,Leader,no
                """.formatted(a, b).getBytes(StandardCharsets.UTF_8), null);

        assertThat(done.succeeded()).isTrue();
        assertThat(done.invited()).extracting(IssuedInvitation::email).containsExactly(a, b);
        assertThat(staff.staffOf(schoolAdmin, school.id())).filteredOn(s -> s.email().equals(a)).singleElement()
                .satisfies(s -> {
                    assertThat(s.role()).isEqualTo(Role.ATTENDANCE_CHAMPION);
                    assertThat(s.safeguardingLead()).isTrue();
                    assertThat(s.status()).isEqualTo(AccountStatus.INVITED);
                });
    }

    @Test
    void anotherSchoolsAdministratorAndCaseworkStaffFindNothing() {
        UserAccount teacher = data.staff(school, Role.SCHOOL_STAFF, null);
        SchoolInfo other = data.school();
        UserAccount otherAdmin = data.staff(other, Role.SCHOOL_ADMIN, null);
        UserAccount leader = data.staff(school, Role.LEADER, null);
        UserAccount systemAdmin = data.admin();

        assertThatThrownBy(() -> staff.deactivate(otherAdmin, teacher.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> staff.staffOf(otherAdmin, school.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> staff.invite(leader, school.id(), new NewStaffMember(unique("x"), "X", null,
                Role.LEADER, false))).isInstanceOf(RecordNotFoundException.class);
        assertThat(audit.count("ACCESS_DENIED", "app_user", teacher.id())).isEqualTo(1);
        assertThat(staff.staffOf(systemAdmin, school.id())).extracting(StaffAccount::id).contains(teacher.id());
        assertThat(staff.deactivate(systemAdmin, teacher.id()).status()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwords);
        return provider.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private UUID openStepHeldBy(String username) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                    element_name, school_id, assignee)
                values (?, ?, ?, 1, 'journey', 'Task_Test', 'A step', ?, ?)""",
                id, ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), ThreadLocalRandom.current().nextLong(),
                school.id(), username);
        return id;
    }

    private List<Object> assigneeAndState(UUID taskId) {
        return jdbc.queryForObject("select assignee, state from task where id = ?",
                (rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2)), taskId);
    }

    private static String token(IssuedInvitation invitation) {
        return invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
    }
}
