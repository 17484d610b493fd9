package org.rejoin.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rejoin.casework.SafeguardingConcernRaised;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.StepOffered;
import org.rejoin.notification.NotificationKind;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.ReferralDecided;
import org.rejoin.security.InvitationIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Other modules' news, turned into outbox rows. Each listener runs after the causing transaction committed,
 * in its own, and the event publication registry hands an event over again until it has run, so nothing is
 * lost; the (event, person) key makes a second hearing write nothing.
 */
@Component
class EventsToNotifications {

    private final Notifier notifier;
    private final InboxService inbox;
    private final Places places;
    private final Links links;
    private final AgencyService agencies;

    EventsToNotifications(Notifier notifier, InboxService inbox, Places places, Links links, AgencyService agencies) {
        this.agencies = agencies;
        this.notifier = notifier;
        this.inbox = inbox;
        this.places = places;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(StepOffered step) {
        NotificationKind kind = StepKinds.of(step.elementId());
        if (kind == null) {
            return;
        }
        List<String> people = step.assignee() != null ? List.of(step.assignee()) : inbox.peopleWhoCanTake(step.taskId());
        if (kind == NotificationKind.REFERRAL_RECEIVED && step.agencyId() != null) { // and the agency's duty desk
            people = new java.util.ArrayList<>(people);
            agencies.sharedAddress(step.agencyId()).ifPresent(people::add);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("step", step.stepName());
        model.put("place", places.of(step.schoolId(), step.agencyId()));
        model.put("due", Places.date(step.dueDate()));
        model.put("link", links.to("/tasks/" + step.taskId()));
        notifier.tell(people, "step-offered:" + step.offerId(), kind, StepKinds.template(kind), model);
    }

    @ApplicationModuleListener
    void on(SafeguardingConcernRaised concern) {
        Map<String, Object> model = new HashMap<>();
        model.put("place", places.of(concern.schoolId(), null));
        model.put("link", links.to("/cases/" + concern.caseId()));
        notifier.tell(concern.safeguardingLeads(), "safeguarding:" + concern.entryId(), NotificationKind.SAFEGUARDING,
                "safeguarding", model);
    }

    /**
     * The link itself is a secret (only its hash is kept by the security module): it travels in the outbox row
     * under {@link Outbox#SECRET_LINK}, which is removed from the row once the email is sent or has failed.
     */
    @ApplicationModuleListener
    void on(InvitationIssued invitation) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", invitation.displayName());
        model.put("place", places.of(invitation.schoolId(), null));
        model.put("expires", Places.dateTime(invitation.expiresAt()));
        model.put(Outbox.SECRET_LINK, invitation.link());
        notifier.tell(List.of(invitation.email()), "invitation:" + invitation.accountId() + ":"
                + invitation.expiresAt().toEpochMilli(), NotificationKind.INVITATION, "invitation", model);
    }

    @ApplicationModuleListener
    void on(ReferralDecided decided) {
        if (decided.leadChampion() == null) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("place", places.of(decided.schoolId(), null));
        model.put("agency", decided.agencyName());
        model.put("decision", decided.decision().name());
        model.put("link", links.to("/cases/" + decided.caseId()));
        notifier.tell(List.of(decided.leadChampion()), "referral-" + decided.decision().name().toLowerCase()
                + ":" + decided.referralId(), NotificationKind.REFERRAL_DECIDED, "referral-decided", model);
    }
}
