package org.rejoin.family;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseNotFoundException;
import org.rejoin.family.internal.FamilyLinks;
import org.rejoin.family.internal.FamilyPages;
import org.rejoin.family.internal.FamilyStore;
import org.rejoin.family.internal.FamilyTokens;
import org.rejoin.family.internal.FamilyWords;
import org.rejoin.pupil.ContactService;
import org.rejoin.pupil.PupilContact;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanReview;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family page's public face. Staff side: the lead champion invites a parent or carer with parental
 * responsibility (or the pupil) and withdraws them; the case's team reads what the family said. Family side:
 * one-time links, the page, agreeing the plan, asking for a change and giving a view before a review. A family
 * member reaches their own case alone; anything else is "not found" and audited.
 */
@Service
public class FamilyService {

    private final SupportPlanService plans;
    private final ContactService contacts;
    private final FamilyStore store;
    private final FamilyLinks links;
    private final FamilyWords words;
    private final FamilyPages pages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FamilyService(SupportPlanService plans, ContactService contacts, FamilyStore store, FamilyLinks links,
                  FamilyWords words, FamilyPages pages, AuditTrail audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.clock = clock;
        this.events = events;
        this.plans = plans;
        this.contacts = contacts;
        this.store = store;
        this.links = links;
        this.words = words;
        this.pages = pages;
        this.audit = audit;
    }

    // --- staff ---

    /** Who has been invited to the case's family page (withdrawn ones too), for the case's team. */
    @Transactional(readOnly = true)
    public List<FamilyMember> members(UserAccount user, UUID caseId) {
        plan(user, caseId);
        return store.members(caseId);
    }

    /** The pupil's contacts who may be invited: parental responsibility, an email address, not "no contact". */
    @Transactional(readOnly = true)
    public List<PupilContact> invitable(UserAccount user, UUID caseId) {
        SupportPlan plan = plan(user, caseId);
        return contacts.contacts(user, plan.pupilId()).stream()
                .filter(c -> c.parentalResponsibility() && !c.noContact() && c.email() != null && !c.email().isBlank())
                .toList();
    }

    /** The lead champion invites a parent or carer with parental responsibility, by email. */
    @Transactional
    public FamilyMember inviteContact(UserAccount lead, UUID caseId, UUID contactId) {
        SupportPlan plan = leadsPlan(lead, caseId);
        PupilContact contact = contacts.contacts(lead, plan.pupilId()).stream()
                .filter(c -> c.id().equals(contactId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This is not one of the pupil's contacts"));
        if (!contact.parentalResponsibility()) {
            throw new IllegalArgumentException("Only a parent or carer with parental responsibility can be invited");
        }
        if (contact.noContact()) {
            throw new IllegalArgumentException("This contact is marked \"no contact\"");
        }
        if (contact.email() == null || contact.email().isBlank()) {
            throw new IllegalArgumentException("This contact has no email address");
        }
        return invite(lead, plan, contact.id(), false, contact.name(), contact.email().strip());
    }

    /** The lead champion invites the pupil, where the school decides it suits them, at the address given. */
    @Transactional
    public FamilyMember invitePupil(UserAccount lead, UUID caseId, String firstName, String email) {
        SupportPlan plan = leadsPlan(lead, caseId);
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("Give the pupil's email address");
        }
        String name = firstName == null || firstName.isBlank() ? "there" : firstName.strip();
        return invite(lead, plan, null, true, name, email.strip());
    }

    /** Withdraws a member's access at once: their links stop working and their session ends on its next request. */
    @Transactional
    public void withdraw(UserAccount lead, UUID caseId, UUID memberId) {
        leadsPlan(lead, caseId);
        FamilyMember member = store.member(memberId).filter(m -> m.caseId().equals(caseId)).orElseThrow(() -> {
            audit.deniedAccess(lead, "family_member", memberId);
            return new FamilyNotFoundException();
        });
        links.endAll(member.id());
        if (store.withdraw(member.id(), lead.username())) {
            audit.record(lead.username(), "FAMILY_WITHDRAWN", "family_member", member.id(), null);
        }
    }

    /** What the family said, newest first, for those who may see the case. */
    @Transactional(readOnly = true)
    public List<FamilyWord> words(UserAccount user, UUID caseId) {
        plan(user, caseId);
        return store.words(caseId, 50);
    }

    /**
     * The family's views given for one review: after the review before it (any earlier one of the case) and, once
     * the review is done, up to when it was done. For those who may see the case; anyone else gets none, audited.
     */
    @Transactional(readOnly = true)
    public List<FamilyWord> viewsForReview(UserAccount user, UUID caseId, Instant reviewOpened, Instant reviewDone) {
        plan(user, caseId);
        Instant since = plans.reviews(user, caseId, PageRequest.of(0, 100)).stream()
                .map(PlanReview::reviewedAt).filter(at -> at.isBefore(reviewOpened)).findFirst().orElse(Instant.EPOCH);
        return store.viewsBetween(caseId, since, reviewDone == null ? Instant.now(clock) : reviewDone, 20);
    }

    /** The change a family member asked for, for those who may see its case; empty if it is not of this case. */
    @Transactional(readOnly = true)
    public Optional<FamilyWord> changeAskedFor(UserAccount user, UUID caseId, UUID wordId) {
        plan(user, caseId);
        return store.word(wordId).filter(w -> w.caseId().equals(caseId) && w.kind() == FamilyWord.Kind.CHANGE);
    }

    // --- family ---

    /** "Send me a new link": to every live invitation of this address, within the rate limit; silent either way. */
    @Transactional
    public void requestLink(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        for (FamilyMember member : store.liveMembersWithEmail(email.strip())) {
            pages.contactOf(member).ifPresent(contact -> links.send(member, false, contact.school(), contact.name(),
                    "family:" + member.id()));
        }
    }

    /** Uses a one-time link: a session for its member, or why not. Both are audited. */
    @Transactional
    public SignIn signIn(String token) {
        String hash = token == null || token.isBlank() ? "" : FamilyTokens.hash(token.strip());
        Optional<FamilyMember> member = links.redeem(hash).flatMap(store::member);
        if (member.isEmpty()) {
            SignIn.Refusal why = SignIn.Refusal.valueOf(store.refusal(hash));
            audit.record("family", "FAMILY_SIGN_IN_REFUSED", "family_link", null, why.name());
            return SignIn.refused(why);
        }
        FamilyMember m = member.get();
        audit.record("family:" + m.id(), "FAMILY_SIGNED_IN", "case", m.caseId(), null);
        return SignIn.of(new FamilySession(m.id(), m.caseId(), m.pupil(), m.name()));
    }

    /** Whether the session's member is still invited (withdrawal ends a session at once). */
    @Transactional(readOnly = true)
    public boolean stillInvited(FamilySession session) {
        return store.member(session.memberId()).map(FamilyMember::live).orElse(false);
    }

    /** The family page of {@code caseId}: the session's own case alone; any other is "not found", audited. */
    @Transactional(readOnly = true)
    public FamilyPage page(FamilySession session, UUID caseId) {
        FamilyMember member = own(session, caseId);
        FamilyPage page = pages.read(member);
        audit.record("family:" + member.id(), "FAMILY_PAGE_READ", "case", caseId, null);
        return page;
    }

    @Transactional
    public FamilyWord agree(FamilySession session, UUID caseId) {
        return words.say(own(session, caseId), FamilyWord.Kind.AGREED, Map.of());
    }

    @Transactional
    public FamilyWord askForChange(FamilySession session, UUID caseId, String whatToChange) {
        String text = required(whatToChange, "Say what you would change");
        FamilyMember member = own(session, caseId);
        FamilyWord word = words.say(member, FamilyWord.Kind.CHANGE, Map.of("change", text));
        // the lead champion gets a step to answer; without a plan the inviter can still see, the words are recorded
        pages.planOf(member).ifPresent(plan -> events.publishEvent(new FamilyAskedForChange(caseId, word.id(),
                plan.pupilId(), plan.schoolId(), plan.leadChampion())));
        return word;
    }

    /**
     * The family's view before a review: a parent's or carer's (PARENT_VIEW) or the pupil's own (PUPIL_VOICE),
     * whichever the session is; blank answers are left out, and at least one is needed.
     */
    @Transactional
    public FamilyWord giveView(FamilySession session, UUID caseId, Map<String, String> answers) {
        FamilyMember member = own(session, caseId);
        Map<String, String> given = new LinkedHashMap<>();
        for (String key : FamilyWords.VIEW_LABELS.keySet()) { // in the order the questions are asked
            String value = answers.get(key);
            if (value != null && !value.isBlank()) {
                given.put(key, value.strip().length() > 2000 ? value.strip().substring(0, 2000) : value.strip());
            }
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("Answer at least one question");
        }
        FamilyWord word = words.say(member, member.pupil() ? FamilyWord.Kind.PUPIL_VOICE : FamilyWord.Kind.PARENT_VIEW,
                given);
        events.publishEvent(new FamilyViewGiven(caseId, word.id())); // a review waiting for it goes on
        return word;
    }

    private FamilyMember own(FamilySession session, UUID caseId) {
        Optional<FamilyMember> member = store.member(session.memberId()).filter(FamilyMember::live);
        if (member.isEmpty() || !member.get().caseId().equals(caseId)) {
            audit.record("family:" + session.memberId(), "ACCESS_DENIED", "case", caseId,
                    "out of scope for a family member");
            throw new FamilyNotFoundException();
        }
        return member.get();
    }

    private FamilyMember invite(UserAccount lead, SupportPlan plan, UUID contactId, boolean pupil, String name,
                                String email) {
        FamilyMember member = store.liveMember(plan.caseId(), email).orElseGet(() -> {
            var fresh = new FamilyMember(UUID.randomUUID(), plan.caseId(), plan.schoolId(), contactId, pupil, name,
                    email, lead.username(), null, null);
            store.insert(fresh);
            return fresh;
        });
        var contact = pages.contactOf(member).orElseThrow(() -> new CaseNotFoundException(plan.caseId()));
        if (!links.send(member, true, contact.school(), contact.name(), lead.username())) {
            throw new IllegalArgumentException("Too many links were sent to this address in the last hour; try later");
        }
        return member;
    }

    private SupportPlan plan(UserAccount user, UUID caseId) {
        return plans.plan(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    private SupportPlan leadsPlan(UserAccount user, UUID caseId) {
        SupportPlan plan = plan(user, caseId);
        if (!user.username().equals(plan.leadChampion())) {
            audit.deniedAccess(user, "family_page", caseId);
            throw new AccessDeniedException("Only the case's lead champion invites the family");
        }
        return plan;
    }

    private static String required(String text, String message) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        return value.length() > 2000 ? value.substring(0, 2000) : value;
    }
}
