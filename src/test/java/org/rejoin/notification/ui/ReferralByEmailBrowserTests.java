package org.rejoin.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rejoin.BrowserTestSupport;
import org.rejoin.TestData;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.notification.Mails;
import org.rejoin.notification.internal.DemoMailServer.DemoMail;
import org.rejoin.notification.internal.OutboxSender;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralProcess.Elements;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralTestData;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The referral path end to end in Chromium: the agency's partner receives the email, follows its link, signs in,
 * lands on the step and accepts; the lead champion is then emailed that the agency accepted.
 */
class ReferralByEmailBrowserTests extends BrowserTestSupport {

    @Autowired ReferralTestData fixture;
    @Autowired ReferralService referrals;
    @Autowired InboxService inbox;
    @Autowired OutboxSender sender;

    @Test
    void thePartnerFollowsTheEmailsLinkSignsInAndAcceptsAndTheChampionIsTold() {
        var place = fixture.place();
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP,
                "Mornings at home have broken down");
        complete(place.champion(), place.caseId(), Elements.DESCRIBE, Map.of("agencyType", "EARLY_HELP",
                "referralReason", "Mornings at home have broken down", "triedSoFar", "Key adult at the gate",
                "parentalConsent", true));
        complete(place.leader(), place.caseId(), Elements.APPROVE, Map.of("referralApproval", "approve"));

        DemoMail mail = Mails.awaitMails(sender, place.earlyHelpPartner().username(), 1).get(0);
        assertThat(mail.subject()).isEqualTo("A referral waits for your agency's answer");
        Matcher link = Pattern.compile("http://localhost:\\d+/tasks/[0-9a-f-]{36}").matcher(mail.text());
        assertThat(link.find()).isTrue();

        browser.get(link.group()); // not signed in: the sign-in page first, then back to the step
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(place.earlyHelpPartner().username());
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.urlContains("/tasks/"));
        waitFor(By.xpath("//h1[contains(., 'Accept or decline the referral')]"));
        waitFor(By.cssSelector("rejoin-form .fjs-form"));
        click(By.xpath("//vaadin-button[normalize-space()='Claim to start']")); // read-only until someone holds it
        waitFor(By.xpath("//vaadin-button[normalize-space()='Submit']")); // the form is drawn again, editable
        waitFor(By.cssSelector("rejoin-form .fjs-form"));
        click(By.xpath("//rejoin-form//label[contains(normalize-space(), 'Accept the referral')]"));
        click(By.xpath("//vaadin-button[normalize-space()='Submit']"));

        await().atMost(Mails.WAIT).until(() -> referrals.referral(place.champion(), referralId).orElseThrow()
                .summary().status() == ReferralStatus.ACCEPTED);
        DemoMail told = Mails.awaitMail(sender, place.champion().username(), "News of a referral you lead");
        assertThat(told.text()).contains(place.earlyHelp().name() + " has accepted a referral you lead");
    }

    private void complete(UserAccount who, UUID caseId, String elementId, Map<String, Object> answers) {
        InboxTask step = await().atMost(Mails.WAIT).until(() -> inbox.openStepsOfCase(who, caseId).stream()
                .filter(t -> t.elementId().equals(elementId)).findFirst(), Optional::isPresent).orElseThrow();
        inbox.complete(who, step.id(), answers);
    }
}
