package org.rejoin.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.referral.ReferralRefusedException.Field;
import org.rejoin.referral.internal.ReferralRecords;
import org.rejoin.referral.internal.ReferralStore;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-agency referrals: asking for one, following it, and the partners' view of what was shared.
 * Partners reach a referral once it is sent to their agency; school staff through its case. Anything
 * else reads as "not found" and the attempt goes to the audit trail.
 */
@Service
public class ReferralService {

    static final int MAX_WHY = 4000;

    private final ReferralStore store;
    private final ReferralRecords records;
    private final CaseService cases;
    private final Chronology chronology;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ReferralService(ReferralStore store, ReferralRecords records, CaseService cases, Chronology chronology,
                    ApplicationEventPublisher events, AuditTrail audit) {
        this.store = store;
        this.records = records;
        this.cases = cases;
        this.chronology = chronology;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Records the referral (once per referral id) and starts its process by the {@code ReferralRequested}
     * message, through a module event so an engine outage delays it but never loses it.
     */
    @Transactional
    public void request(ReferralRequest request) {
        if (request.leadChampion() == null || request.leadChampion().isBlank()) {
            throw new IllegalArgumentException("A referral needs a lead champion to describe it");
        }
        if (!store.insert(request)) {
            return;
        }
        String title = "Referral to " + request.agencyType().label() + " requested";
        String body = request.origin().label() + (request.context() == null ? "." : ": " + request.context());
        chronology.record(new NewEntry(request.caseId(), EntryKind.ESCALATION, null, request.requestedBy(), title,
                body, java.util.Map.of("referralId", request.referralId().toString()),
                "referral-requested:" + request.referralId()));
        records.event(request.referralId(), "Requested (" + request.origin().label().toLowerCase(java.util.Locale.UK)
                + ")", request.requestedBy(), "referral-requested:" + request.referralId());
        events.publishEvent(new ReferralRaised(request.referralId(), request.caseId(), request.pupilId(),
                request.schoolId(), request.leadChampion(), request.agencyType(), request.origin(), request.context()));
    }

    /**
     * A champion or leader refers the pupil of an open case they can see, saying why. The case's lead champion
     * (else the one asking) describes it next. Returns the new referral's id.
     */
    @Transactional
    public UUID requestByHand(UserAccount user, UUID caseId, AgencyType type, String why) {
        if (!user.hasRole(Role.ATTENDANCE_CHAMPION) && !user.hasRole(Role.LEADER)) {
            throw new AccessDeniedException("Only attendance champions and leaders refer a pupil to another agency");
        }
        CaseDetails found = cases.find(user, caseId).orElseThrow(() -> new ReferralRefusedException(Field.CASE,
                "Case not found"));
        if (found.summary().state() != CaseState.OPEN) {
            throw new ReferralRefusedException(Field.CASE, "This case is closed: open a new case to refer the pupil");
        }
        if (type == null) {
            throw new ReferralRefusedException(Field.AGENCY, "Choose the agency to refer to");
        }
        String reason = why(why, "Say why the pupil needs this agency");
        if (store.underWay(caseId, type)) {
            throw new ReferralRefusedException(Field.AGENCY, "A referral to " + type.label()
                    + " is already under way for this pupil");
        }
        String lead = found.summary().leadChampion() != null ? found.summary().leadChampion() : user.username();
        UUID referralId = UUID.randomUUID();
        request(new ReferralRequest(referralId, caseId, found.summary().pupilId(), found.summary().schoolId(), lead,
                type, ReferralOrigin.BY_HAND, user.username(), reason));
        audit.record(user.username(), "REFERRAL_REQUESTED", "referral", referralId, type.name());
        return referralId;
    }

    /**
     * A champion or leader who may see the case withdraws a referral that is still under way, saying why (the
     * parents withdrew their consent, say). Its process ends, the agency's open steps close, whoever asked
     * hears WITHDRAWN, and the agency no longer reads what the school had shared.
     */
    @Transactional
    public void withdraw(UserAccount user, UUID referralId, String why) {
        if (!user.hasRole(Role.ATTENDANCE_CHAMPION) && !user.hasRole(Role.LEADER)) {
            throw new AccessDeniedException("Only attendance champions and leaders withdraw a referral");
        }
        ReferralDetails found = referral(user, referralId).orElseThrow(() -> new ReferralRefusedException(Field.CASE,
                "Referral not found"));
        ReferralStatus status = found.summary().status();
        if (!status.isUnderWay()) {
            throw new ReferralRefusedException(Field.CASE, "This referral cannot be withdrawn: it is "
                    + status.label().toLowerCase(java.util.Locale.UK));
        }
        String reason = why(why, "Say why the referral is being withdrawn");
        if (!records.withdrawn(referralId, reason, user.username())) {
            throw new ReferralRefusedException(Field.CASE, "This referral has just changed: look at it again");
        }
        events.publishEvent(new ReferralWithdrawn(referralId, found.summary().caseId()));
        audit.record(user.username(), "REFERRAL_WITHDRAWN", "referral", referralId, status.name());
    }

    /** The referrals of a case, newest first, for school staff who may see the case. */
    @Transactional(readOnly = true)
    public List<ReferralSummary> referralsOfCase(UserAccount user, UUID caseId) {
        return cases.find(user, caseId).map(c -> store.ofCase(caseId)).orElse(List.of());
    }

    /**
     * The case's referrals an agency accepted (accepted, or since completed): support recorded on the case for
     * the statutory ladder. A system question, not scoped to a user.
     */
    @Transactional(readOnly = true)
    public List<ReferralSummary> acceptedReferralsOfCase(UUID caseId) {
        return store.ofCase(caseId).stream().filter(r -> r.decidedAt() != null
                && (r.status() == ReferralStatus.ACCEPTED || r.status() == ReferralStatus.COMPLETED)).toList();
    }

    /** A partner's referrals (their agency's), newest received first; nothing for anyone else. */
    @Transactional(readOnly = true)
    public Page<ReferralSummary> referralsToMyAgency(UserAccount partner, ReferralStatus status, Pageable page) {
        if (!partner.hasRole(Role.PARTNER) || partner.agencyId() == null) {
            return Page.empty(page);
        }
        return store.toAgency(partner.agencyId(), status, page);
    }

    /** One referral for a partner of the agency it was sent to, or school staff who may see its case. */
    @Transactional(readOnly = true)
    public Optional<ReferralDetails> referral(UserAccount user, UUID referralId) {
        Optional<ReferralDetails> found = Optional.empty();
        if (referralId != null && user.hasRole(Role.PARTNER) && user.agencyId() != null) {
            found = store.sentTo(referralId, user.agencyId()).map(ReferralDetails::forPartner);
        } else if (referralId != null && user.role().belongsToSchool() && user.schoolId() != null) {
            found = store.ofSchool(referralId, user.schoolId())
                    .filter(r -> cases.find(user, r.summary().caseId()).isPresent());
        }
        if (found.isEmpty()) {
            audit.deniedAccess(user, "referral", referralId);
        } else {
            audit.record(user.username(), "REFERRAL_READ", "referral", referralId, found.get().summary().status().name());
        }
        return found;
    }

    /** The reason given, trimmed; refused (next to the reason) when missing or too long. */
    private static String why(String given, String whenMissing) {
        String reason = given == null ? "" : given.strip();
        if (reason.isEmpty()) {
            throw new ReferralRefusedException(Field.WHY, whenMissing);
        }
        if (reason.length() > MAX_WHY) {
            throw new ReferralRefusedException(Field.WHY, "Keep it under " + MAX_WHY + " characters");
        }
        return reason;
    }
}
