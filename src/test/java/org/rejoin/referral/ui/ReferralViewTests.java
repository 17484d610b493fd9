package org.rejoin.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.base.ui.NotFoundView;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.ui.CaseView;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralRequest;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralTestData;
import org.rejoin.referral.internal.ReferralRecords;
import org.rejoin.security.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;

/** The partners' pages and the case page's referrals, browserless, as each person who may (or may not) see them. */
class ReferralViewTests extends ViewTestSupport {

    @Autowired
    ReferralTestData fixture;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralRecords records;
    @Autowired
    AuditTrail audit;
    @Autowired
    CaseService cases;

    ReferralTestData.Place place;

    @BeforeEach
    void aSchoolWithACaseAndTwoAgencies() {
        place = fixture.place();
    }

    @Test
    void aPartnerListsTheirAgencysReferralsWithTheAnswerByDateAndOverdueInWords() {
        sentToEarlyHelp(Instant.now().minus(Duration.ofDays(1)));
        sentToEarlyHelp(Instant.now().plus(Duration.ofDays(3)));
        requested(); // still with the school: not listed

        signInAs(place.earlyHelpPartner().username());
        navigate("agency");
        AgencyWorkView page = _get(AgencyWorkView.class);

        assertThat(GridKt._size(page.grid)).isEqualTo(2);
        List<String> answerBy = IntStream.range(0, 2).mapToObj(i -> GridKt._getFormatted(page.grid, i, "answerBy"))
                .toList();
        assertThat(answerBy).filteredOn(text -> text.endsWith(" (overdue)")).hasSize(1);
        assertThat(GridKt._getFormatted(page.grid, 0, "pupil")).startsWith("Pupil Referred (UPN ");
        assertThat(GridKt._getFormatted(page.grid, 0, "school")).isEqualTo(place.school().name());
        assertThat(GridKt._getFormatted(page.grid, 0, "status")).isEqualTo(ReferralStatus.SENT.label());

        page.show.setValue(ReferralStatus.ACCEPTED);
        assertThat(GridKt._size(page.grid)).isZero();

        signInAs(place.mentalHealthPartner().username());
        navigate("inbox"); // another page first: the router keeps a page it navigates to again
        navigate("agency");
        assertThat(_get(AgencyWorkView.class).show.getValue()).as("a fresh page").isNull();
        assertThat(GridKt._size(_get(AgencyWorkView.class).grid)).isZero();
    }

    @Test
    void aPartnerReadsWhatAReferralToThemSharesAndItsHistory() {
        UUID referralId = sentToEarlyHelp(Instant.now().plus(Duration.ofDays(3)));

        signInAs(place.earlyHelpPartner().username());
        navigate("referrals/" + referralId);

        assertThat(currentView()).isEqualTo(ReferralView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Referral of Pupil Referred to " + place.earlyHelp().name());
        ReferralView page = _get(ReferralView.class);
        assertThat(textOf(page.facts.referral))
                .contains("Mornings have broken down", "Key adult at the gate", "Yes");
        assertThat(textOf(page.facts.pupil)).contains("Pupil Referred", "1 May 2012", "Year 9", place.school().name());
        assertThat(textOf(page.facts.history)).contains("Requested (a stalled support plan)",
                "Sent to " + place.earlyHelp().name());
        assertThat(_find(Anchor.class, spec -> spec.withText("Back to the case"))).as("a partner has no case").isEmpty();
    }

    @Test
    void anotherAgencysReferralOrOneNotSentOrMadeUpIsNotFoundByAddress() {
        UUID sent = sentToEarlyHelp(Instant.now().plus(Duration.ofDays(3)));
        UUID notSent = requested();

        signInAs(place.mentalHealthPartner().username());
        navigate("referrals/" + sent);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(audit.count("ACCESS_DENIED", "referral", sent)).isOne();

        signInAs(place.earlyHelpPartner().username());
        navigate("referrals/" + notSent);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        navigate("referrals/" + UUID.randomUUID());
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        navigate("referrals/not-an-id");
        assertThat(currentView()).isEqualTo(NotFoundView.class);
    }

    @Test
    void theCaseListsItsReferralsAndTheReferDialogRefusesEmptyInputKeepingWhatWasTyped() {
        UUID sent = sentToEarlyHelp(Instant.now().plus(Duration.ofDays(3)));
        signInAs(place.champion().username());
        navigate("cases/" + place.caseId());
        assertThat(currentView()).isEqualTo(CaseView.class);
        CaseReferralsPanel section = _get(CaseReferralsPanel.class);
        assertThat(GridKt._size(section.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(section.grid, 0, "status")).isEqualTo(ReferralStatus.SENT.label());
        Anchor link = (Anchor) GridKt._getCellComponent(section.grid, 0, "agency");
        assertThat(link.getText()).isEqualTo(place.earlyHelp().name());
        assertThat(link.getHref()).isEqualTo("referrals/" + sent);

        section.refer.click();
        ReferToAgencyDialog dialog = section.dialog;
        assertThat(dialog.isOpened()).isTrue();
        dialog.submit();
        assertThat(dialog.agency.isInvalid()).isTrue();
        assertThat(dialog.agency.getErrorMessage()).isEqualTo("Choose the agency to refer to");
        assertThat(dialog.why.isInvalid()).isTrue();
        assertThat(dialog.why.getErrorMessage()).isEqualTo("Say why the pupil needs this agency");

        dialog.why.setValue("Panic attacks on the way to school");
        dialog.agency.setValue(AgencyType.EARLY_HELP);
        dialog.submit();
        assertThat(dialog.agency.getErrorMessage()).isEqualTo("A referral to Early Help is already under way for this pupil");
        assertThat(dialog.why.getValue()).isEqualTo("Panic attacks on the way to school");
        assertThat(dialog.isOpened()).isTrue();

        dialog.agency.setValue(AgencyType.MENTAL_HEALTH_SUPPORT);
        dialog.submit();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(section.grid)).isEqualTo(2);
        assertThat(section.done.getText()).startsWith("Referral to " + AgencyType.MENTAL_HEALTH_SUPPORT.label() + " started");
        assertThat(_find(H3.class, spec -> spec.withText("Referral to " + AgencyType.MENTAL_HEALTH_SUPPORT.label()
                + " requested"))).as("the chronology was refreshed").hasSize(1);
    }

    @Test
    void aLeaderMayReferWhileATutorInTheTeamOnlyReadsTheReferralsAndOneOutsideItReachesNothing() {
        sentToEarlyHelp(Instant.now().plus(Duration.ofDays(3)));
        signInAs(place.leader().username());
        navigate("cases/" + place.caseId());
        assertThat(_get(CaseReferralsPanel.class).refer.getParent()).isPresent();

        signInAs(place.tutor().username());
        navigate("inbox");
        navigate("cases/" + place.caseId());
        assertThat(currentView()).as("not in the case's team yet").isEqualTo(NotFoundView.class);

        cases.recordTeam(place.caseId(), null, null, List.of(place.tutor().username()));
        navigate("inbox");
        navigate("cases/" + place.caseId());
        CaseReferralsPanel section = _get(CaseReferralsPanel.class);
        assertThat(GridKt._size(section.grid)).isEqualTo(1);
        assertThat(section.refer.getParent()).as("only champions and leaders refer").isEmpty();
    }

    @Test
    void aChampionWithdrawsAReferralFromItsPageSayingWhyAndThePartnerNoLongerReadsWhatWasShared() {
        UUID referralId = sentToEarlyHelp(Instant.now().plus(Duration.ofDays(3)));
        signInAs(place.champion().username());
        navigate("referrals/" + referralId);
        ReferralView page = _get(ReferralView.class);

        page.withdraw.click();
        WithdrawReferralDialog dialog = page.dialog;
        assertThat(dialog.isOpened()).isTrue();
        dialog.submit();
        assertThat(dialog.why.isInvalid()).isTrue();
        assertThat(dialog.why.getErrorMessage()).isEqualTo("Say why the referral is being withdrawn");
        assertThat(dialog.isOpened()).isTrue();

        dialog.why.setValue("Mum has withdrawn her consent");
        dialog.submit();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.done.getText()).startsWith("Referral withdrawn.");
        assertThat(textOf(page.facts.referral)).contains(ReferralStatus.WITHDRAWN.label(),
                "Mum has withdrawn her consent");
        assertThat(page.withdraw).as("nothing more to withdraw").isNull();

        signInAs(place.earlyHelpPartner().username());
        navigate("inbox");
        navigate("referrals/" + referralId);
        String partnerSees = textOf(_get(ReferralView.class).facts.referral);
        assertThat(partnerSees).contains(ReferralStatus.WITHDRAWN.label(), "Mum has withdrawn her consent",
                        "No longer shared: the school withdrew the referral")
                .doesNotContain("Mornings have broken down", "Key adult at the gate");
        assertThat(_get(ReferralView.class).withdraw).as("partners do not withdraw").isNull();
    }

    private UUID requested() {
        UUID referralId = UUID.randomUUID();
        referrals.request(new ReferralRequest(referralId, place.caseId(), place.pupil(), place.school().id(),
                place.champion().username(), AgencyType.EARLY_HELP, ReferralOrigin.PLAN, null, "Review notes"));
        return referralId;
    }

    private UUID sentToEarlyHelp(Instant answerBy) {
        UUID referralId = requested();
        records.sent(referralId, place.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared(
                "Mornings have broken down", "Key adult at the gate", true, null), answerBy, 1L, "test:" + referralId);
        return referralId;
    }

    private static String textOf(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
