package org.rejoin.referral.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.rejoin.base.ui.UkDates;
import org.rejoin.referral.ReferralDetails;
import org.rejoin.referral.ReferralHistoryEntry;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;

/** What a referral shares: the pupil, the request and its answer, and the referral's own timeline. */
class ReferralFacts extends Div {

    final DescriptionList pupil = new DescriptionList();
    final DescriptionList referral = new DescriptionList();
    final OrderedList history = new OrderedList();

    /** {@code now}: the app clock's now, which the answer-by date is read against. */
    ReferralFacts(ReferralDetails details, Instant now) {
        ReferralSummary r = details.summary();
        term(pupil, "Name", r.pupilName());
        term(pupil, "UPN", r.upn());
        term(pupil, "Date of birth", UkDates.format(r.dateOfBirth()));
        term(pupil, "Year group", "Year " + r.yearGroup());
        term(pupil, "School", r.schoolName());

        term(referral, "Agency", r.agencyLabel());
        term(referral, "Status", r.status().label());
        term(referral, "Requested", ReferralText.date(r.requestedAt()));
        term(referral, "Sent to the agency", r.sentAt() == null ? "Not yet" : ReferralText.date(r.sentAt()));
        term(referral, "Answer by", ReferralText.answerBy(r, now));
        if (!r.status().isUnderWay() && details.reason() == null) {
            term(referral, "What the school shared", "No longer shared: " + switch (r.status()) {
                case WITHDRAWN -> "the school withdrew the referral";
                case DECLINED -> "the agency declined the referral";
                default -> "the referral is closed";
            });
        } else {
            term(referral, "Why the school is referring", orNotYet(details.reason()));
            term(referral, "What the school has already tried", orNotYet(details.triedSoFar()));
            term(referral, "Parents or carers consent", ReferralText.yesNo(details.parentalConsent()));
        }
        if (details.safeguardingReason() != null) {
            term(referral, "Safeguarding reason to refer without consent", details.safeguardingReason());
        }
        if (!ReferralText.outcome(r).isEmpty()) {
            term(referral, "Answer and outcome", ReferralText.outcome(r));
        }
        for (ReferralHistoryEntry entry : details.history()) {
            history.add(new ListItem(ReferralText.date(entry.happenedAt()) + ": " + entry.what()
                    + (entry.byWhom() == null ? "" : " (" + entry.byWhom() + ")")));
        }
        history.getElement().setAttribute("aria-label", "History of this referral, oldest first");
        add(new H2("The pupil"), pupil, new H2("The referral"), referral, new H2("What has happened"),
                details.history().isEmpty() ? new Paragraph("Nothing yet.") : history);
    }

    private static String orNotYet(String text) {
        return text == null || text.isBlank() ? "Not described yet" : text;
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(new Span(description)));
    }
}
