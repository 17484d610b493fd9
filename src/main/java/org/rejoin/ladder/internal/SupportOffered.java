package org.rejoin.ladder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseService;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.support.PlanStep;
import org.rejoin.support.SupportPlanService;
import org.springframework.stereotype.Component;

/**
 * The support a case records as offered, read from each feature's own records: the eight-step journey and its key
 * adult, the stepped support plan's agreed steps, referrals an agency accepted, and the ladder's contracts, Early
 * Help requests and notices to improve. What counts for the national framework ("a penalty notice is never the
 * first thing on a case") is {@link #recorded}: an agreed plan with steps, an accepted referral, or a ladder rung;
 * a journey on its own is understanding, not yet support. For workers and the evidence pack: no user scope here,
 * the callers have checked it.
 */
@Component
public class SupportOffered {

    /** One thing offered, with the day it was (null when the record has no day). */
    public record Offer(LocalDate on, String what) {
        String line() {
            return (on == null ? "" : UkDates.format(on) + " - ") + what;
        }
    }

    private final CaseService cases;
    private final SupportPlanService plans;
    private final ReferralService referrals;
    private final LadderStore ladders;

    SupportOffered(CaseService cases, SupportPlanService plans, ReferralService referrals, LadderStore ladders) {
        this.cases = cases;
        this.plans = plans;
        this.referrals = referrals;
        this.ladders = ladders;
    }

    /** Whether support is recorded on the case, as the penalty notice rules ask. */
    public boolean recorded(UUID caseId) {
        return !plans.agreedSteps(caseId).isEmpty() || !referrals.acceptedReferralsOfCase(caseId).isEmpty()
                || !ladders.supportRungsOfCase(caseId).isEmpty();
    }

    /** Everything offered on the case, oldest first (undated last). */
    public List<Offer> of(UUID caseId) {
        List<Offer> offers = new ArrayList<>();
        cases.details(caseId).ifPresent(details -> journey(details, offers));
        for (PlanStep step : plans.agreedSteps(caseId)) {
            offers.add(new Offer(step.startedOn(), "Support plan step " + step.position() + ": " + step.description()
                    + " (" + step.state().label().toLowerCase(UkDates.LOCALE) + ")"));
        }
        referrals.acceptedReferralsOfCase(caseId).forEach(r -> offers.add(new Offer(
                r.decidedAt().atZone(UkDates.ZONE).toLocalDate(), "Referral accepted by " + r.agencyLabel()
                + (r.status() == ReferralStatus.COMPLETED ? ", since completed" : ""))));
        ladders.supportRungsOfCase(caseId).forEach(r -> offers.add(new Offer(r.recordedOn(), r.summary())));
        offers.sort(Comparator.comparing(Offer::on, Comparator.nullsLast(Comparator.naturalOrder())));
        return offers;
    }

    /** The offers as lines of text, for a step's form or a letter; says so when there are none. */
    public static String asText(List<Offer> offers) {
        if (offers.isEmpty()) {
            return "Nothing is recorded as offered on this case yet: no agreed support plan, no referral an agency "
                    + "accepted, no attendance contract.";
        }
        return offers.stream().map(Offer::line).collect(Collectors.joining("\n"));
    }

    private static void journey(CaseDetails details, List<Offer> offers) {
        if (details.journeyStartedAt() != null) {
            offers.add(new Offer(details.journeyStartedAt().atZone(UkDates.ZONE).toLocalDate(),
                    "The eight steps to understand the barriers to attending started"));
        }
        details.team().stream().filter(m -> m.role() == CaseDetails.TeamRole.KEY_ADULT).findFirst()
                .ifPresent(adult -> offers.add(new Offer(null, "Key adult: " + adult.displayName()
                        + (adult.jobTitle() == null || adult.jobTitle().isBlank() ? "" : ", " + adult.jobTitle()))));
    }
}
