package org.rejoin.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.casework.CaseNotFoundException;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.family.internal.FamilyTokens;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Invitations, one-time links, withdrawal, scoping and the family's words, on PostgreSQL with the real SMTP server. */
@RejoinTest
class FamilyServiceTests {

    @Autowired
    FamilyService family;
    @Autowired
    FamilyCase cases;
    @Autowired
    TestData data;
    @Autowired
    Chronology chronology;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    FamilyCase.Made made;

    @BeforeEach
    void aCaseWithAnAgreedPlan() {
        made = cases.make();
    }

    @Test
    void theLeadChampionInvitesAParentWhoGetsAOneTimeLinkOfWhichOnlyAHashIsKept() {
        FamilyMember mother = family.inviteContact(made.champion(), made.caseId(), made.mother().id());

        String token = FamilyCase.token(FamilyCase.linksTo(made.mother().email()).getFirst());
        var mail = org.rejoin.notification.Mails.to(made.mother().email()).getFirst();
        assertThat(org.rejoin.notification.Mails.whole(mail)).as("no email names the pupil").doesNotContain("Maya")
                .doesNotContain("Hardly in").contains(made.school().name(), made.champion().displayName());
        assertThat(mail.subject()).isEqualTo("Your link to " + made.school().name() + "'s family page in Rejoin");
        assertThat(jdbc.queryForObject("select count(*) from family_link where token_hash = ?", Integer.class,
                FamilyTokens.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from family_link where token_hash = ?", Integer.class, token))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification where model::text like ?", Integer.class,
                "%" + token + "%")).as("never queued in the outbox").isZero();
        assertThat(family.members(made.champion(), made.caseId())).extracting(FamilyMember::id)
                .containsExactly(mother.id());
        assertThat(audit.count("FAMILY_INVITED", "family_member", mother.id())).isEqualTo(1);
    }

    @Test
    void onlyParentsOrCarersWithParentalResponsibilityWhoMayBeContactedAreInvitedAndOnlyByTheLeadChampion() {
        assertThat(family.invitable(made.champion(), made.caseId())).extracting(c -> c.id())
                .containsExactly(made.mother().id());
        assertThatThrownBy(() -> family.inviteContact(made.champion(), made.caseId(), made.grandparent().id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parental responsibility");
        assertThatThrownBy(() -> family.inviteContact(made.champion(), made.caseId(), made.father().id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no contact");
        UserAccount colleague = data.staff(made.school(), Role.ATTENDANCE_CHAMPION, "Head of year");
        assertThatThrownBy(() -> family.inviteContact(colleague, made.caseId(), made.mother().id()))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount elsewhere = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, "Attendance champion");
        assertThatThrownBy(() -> family.inviteContact(elsewhere, made.caseId(), made.mother().id()))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(FamilyCase.linksTo(made.grandparent().email())).isEmpty();
    }

    @Test
    void aLinkWorksOnceAndThenIsRefusedAsUsedAndAnExpiredOneAsExpired() {
        family.inviteContact(made.champion(), made.caseId(), made.mother().id());
        String token = FamilyCase.token(FamilyCase.linksTo(made.mother().email()).getFirst());

        SignIn first = family.signIn(token);
        assertThat(first.signedIn()).get().extracting(FamilySession::caseId).isEqualTo(made.caseId());
        assertThat(family.signIn(token).refusal()).isEqualTo(SignIn.Refusal.USED);

        family.requestLink(made.mother().email());
        String second = FamilyCase.token(FamilyCase.linksTo(made.mother().email()).get(1));
        jdbc.update("update family_link set expires_at = now() - interval '1 second' where token_hash = ?",
                FamilyTokens.hash(second));
        assertThat(family.signIn(second).refusal()).isEqualTo(SignIn.Refusal.EXPIRED);
        assertThat(family.signIn("not-a-link").refusal()).isEqualTo(SignIn.Refusal.UNKNOWN);
        assertThat(audit.count("FAMILY_SIGNED_IN", "case", made.caseId())).isEqualTo(1);
    }

    @Test
    void aMemberIsSentAtMostThreeLinksAnHourAndTheRestAreRefusedAndAudited() {
        FamilyMember mother = family.inviteContact(made.champion(), made.caseId(), made.mother().id());
        for (int i = 0; i < 4; i++) {
            family.requestLink(made.mother().email());
        }
        assertThat(FamilyCase.linksTo(made.mother().email())).hasSize(3);
        assertThat(audit.count("FAMILY_LINK_RATE_LIMITED", "family_member", mother.id())).isEqualTo(2);
    }

    @Test
    void withdrawingAMemberEndsTheirSessionAndTheirLinksAtOnce() {
        FamilyMember mother = family.inviteContact(made.champion(), made.caseId(), made.mother().id());
        FamilySession session = family.signIn(FamilyCase.token(FamilyCase.linksTo(made.mother().email()).getFirst()))
                .session();
        family.requestLink(made.mother().email());
        String unused = FamilyCase.token(FamilyCase.linksTo(made.mother().email()).get(1));

        family.withdraw(made.champion(), made.caseId(), mother.id());

        assertThat(family.stillInvited(session)).isFalse();
        assertThatThrownBy(() -> family.page(session, made.caseId())).isInstanceOf(FamilyNotFoundException.class);
        assertThat(family.signIn(unused).refusal()).isEqualTo(SignIn.Refusal.WITHDRAWN);
        assertThat(audit.count("FAMILY_WITHDRAWN", "family_member", mother.id())).isEqualTo(1);
    }

    @Test
    void aFamilyMemberOfAnotherCaseFindsNothingAndTheAttemptIsAudited() {
        FamilyCase.Made other = cases.make();
        family.inviteContact(other.champion(), other.caseId(), other.mother().id());
        FamilySession outsider = family.signIn(FamilyCase.token(FamilyCase.linksTo(other.mother().email()).getFirst()))
                .session();

        assertThatThrownBy(() -> family.page(outsider, made.caseId())).isInstanceOf(FamilyNotFoundException.class);
        assertThatThrownBy(() -> family.agree(outsider, made.caseId())).isInstanceOf(FamilyNotFoundException.class);
        assertThatThrownBy(() -> family.giveView(outsider, made.caseId(), Map.of("worries", "none")))
                .isInstanceOf(FamilyNotFoundException.class);
        assertThat(audit.count("ACCESS_DENIED", "case", made.caseId())).isEqualTo(3);
        assertThat(family.page(outsider, other.caseId()).caseId()).isEqualTo(other.caseId());
    }

    @Test
    void thePageShowsTheGoalTheStepsInOrderTheNextReviewAttendanceAndWhoToTalkTo() {
        family.inviteContact(made.champion(), made.caseId(), made.mother().id());
        FamilySession session = family.signIn(FamilyCase.token(FamilyCase.linksTo(made.mother().email()).getFirst()))
                .session();

        FamilyPage page = family.page(session, made.caseId());

        assertThat(page.pupilFirstName()).isEqualTo("Maya");
        assertThat(page.goal()).isEqualTo("Back in school every morning by half term");
        assertThat(page.steps()).extracting(FamilyPage.Step::what).containsExactly("Come in for period 1 on Mondays",
                "Mornings every day", "Full days");
        assertThat(page.steps().getFirst().achieved()).isTrue();
        assertThat(page.currentStep().what()).isEqualTo("Mornings every day");
        assertThat(page.currentStep().helps()).isEqualTo("coming in by a different door; Lunch in the library");
        assertThat(page.nextStep().what()).isEqualTo("Full days");
        assertThat(page.nextReview()).isNotNull();
        assertThat(page.weeks()).extracting(FamilyPage.Week::inWords).containsExactly("2 of 5 days", "3 of 5 days",
                "4½ of 5 days", "5 of 5 days");
        assertThat(page.contactName()).isEqualTo(made.champion().displayName());
        assertThat(page.keepingInTouch()).isEqualTo("A phone call every Friday");
        assertThat(audit.count("FAMILY_PAGE_READ", "case", made.caseId())).isEqualTo(1);
    }

    @Test
    void theFamilysWordsLandInTheChronologyAsTheirsAndStaffCannotWriteThatKind() {
        family.inviteContact(made.champion(), made.caseId(), made.mother().id());
        FamilySession session = family.signIn(FamilyCase.token(FamilyCase.linksTo(made.mother().email()).getFirst()))
                .session();

        family.agree(session, made.caseId());
        family.giveView(session, made.caseId(), Map.of("worries", "Mornings are hard", "helps", "The quiet room",
                "somethingElse", "ignored"));

        var entries = chronology.entries(made.champion(), made.caseId(), java.util.Set.of(EntryKind.FAMILY),
                PageRequest.of(0, 10)).getContent();
        assertThat(entries).extracting(ChronologyEntry::title).containsExactly(
                "Sara Family (parent or carer): their view before the review",
                "Sara Family (parent or carer) agreed the plan");
        assertThat(entries.getFirst().body()).isEqualTo("Worries: Mornings are hard\nWhat helps: The quiet room");
        assertThat(family.words(made.champion(), made.caseId())).extracting(FamilyWord::kind)
                .containsExactly(FamilyWord.Kind.PARENT_VIEW, FamilyWord.Kind.AGREED);
        assertThat(family.page(session, made.caseId()).agreed()).isTrue();
        assertThatThrownBy(() -> chronology.add(made.champion(), made.caseId(), EntryKind.FAMILY, "Forged",
                "words", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePupilInvitedGivesTheirOwnVoice() {
        family.invitePupil(made.champion(), made.caseId(), "Maya", "maya-" + UUID.randomUUID() + "@pupil.example");
        String email = family.members(made.champion(), made.caseId()).getFirst().email();
        FamilySession pupil = family.signIn(FamilyCase.token(FamilyCase.linksTo(email).getFirst())).session();

        assertThat(pupil.pupil()).isTrue();
        assertThat(family.page(pupil, made.caseId()).forPupil()).isTrue();
        assertThat(family.giveView(pupil, made.caseId(), Map.of("lastStep", "It went OK")).kind())
                .isEqualTo(FamilyWord.Kind.PUPIL_VOICE);
        assertThatThrownBy(() -> family.giveView(pupil, made.caseId(), Map.of("worries", " ")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
