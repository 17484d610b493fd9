package org.rejoin.ladder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.ladder.internal.EvidencePack;
import org.rejoin.ladder.internal.LadderStore;
import org.rejoin.pupil.ContactService;
import org.rejoin.ladder.FormalSupportProcess.Variables;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory ladder of one case: started by a champion or a leader of the case's school, climbed by
 * bpmn/formal-support.bpmn, read back as one sentence on the case page, counted per rung for the local
 * authority, and given to the local authority as an evidence pack. Cases out of scope read as "not found".
 */
@Service
public class LadderService {

    public static final String FROM_CASE = "CASE";
    public static final String FROM_THRESHOLD = "THRESHOLD";

    private final LadderStore store;
    private final CaseService cases;
    private final Chronology chronology;
    private final EvidencePack packs;
    private final ContactService contacts;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    LadderService(LadderStore store, CaseService cases, Chronology chronology, EvidencePack packs,
                  ContactService contacts, ApplicationEventPublisher events, AuditTrail audit) {
        this.store = store;
        this.cases = cases;
        this.chronology = chronology;
        this.packs = packs;
        this.contacts = contacts;
        this.events = events;
        this.audit = audit;
    }

    /** A champion or leader starts formal support on an open case they can see. Returns the ladder's id. */
    @Transactional
    public UUID start(UserAccount user, UUID caseId, String reason) {
        if (!user.hasRole(Role.ATTENDANCE_CHAMPION) && !user.hasRole(Role.LEADER)) {
            throw new AccessDeniedException("Only attendance champions and leaders start formal support");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Say why support is being formalised now");
        }
        CaseDetails details = cases.find(user, caseId).orElseThrow(() -> new RecordNotFoundException("Case not found"));
        if (details.summary().state() != CaseState.OPEN) {
            throw new IllegalStateException("Formal support starts on an open case");
        }
        UUID ladderId = UUID.randomUUID();
        if (!begin(ladderId, details, user.username(), FROM_CASE, why, Variables.START_AT_CONTRACT)) {
            throw new IllegalStateException("Formal support has already started on this case");
        }
        audit.record(user.username(), "LADDER_STARTED", "case", caseId, ladderId.toString());
        return ladderId;
    }

    /**
     * The national framework step (bpmn/statutory-threshold.bpmn) starts formal support on the pupil's open case,
     * at the contract or straight at a leader's decision. Keyed by the step, so a redelivered job starts one ladder;
     * empty when the case has closed or a ladder is already climbing on it (said in the chronology).
     */
    @Transactional
    public Optional<UUID> startFromThreshold(UUID caseId, String reason, boolean straightToDecision, long stepKey) {
        UUID ladderId = UUID.nameUUIDFromBytes(("rejoin:ladder-from-threshold:" + stepKey)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (store.ladder(ladderId).isPresent()) {
            return Optional.of(ladderId);
        }
        Optional<CaseDetails> details = cases.details(caseId).filter(d -> d.summary().state() == CaseState.OPEN);
        String why = "From the national framework step (10 or more unauthorised sessions in 10 school weeks): "
                + (reason == null ? "" : reason.strip());
        String startAt = straightToDecision ? Variables.START_AT_DECISION : Variables.START_AT_CONTRACT;
        if (details.isEmpty() || !begin(ladderId, details.get(), "rejoin", FROM_THRESHOLD, why, startAt)) {
            chronology.record(new NewEntry(caseId, EntryKind.CASE, null, null, "Formal support not started again",
                    "The national framework step asked for formal support, but it is already under way or the case "
                    + "has closed. " + why, Map.of(), "ladder-not-restarted:" + stepKey));
            return Optional.empty();
        }
        audit.record("rejoin", "LADDER_STARTED", "case", caseId, ladderId + " from the threshold step");
        return Optional.of(ladderId);
    }

    private boolean begin(UUID ladderId, CaseDetails details, String startedBy, String from, String why,
                          String startAt) {
        var summary = details.summary();
        if (!store.start(ladderId, summary.id(), summary.pupilId(), summary.schoolId(), startedBy, from)) {
            return false;
        }
        // the process's champion steps (an Early Help referral's description) go to the case's lead champion
        String leadChampion = summary.leadChampion() != null ? summary.leadChampion()
                : FROM_CASE.equals(from) ? startedBy : details.openedBy();
        chronology.record(new NewEntry(summary.id(), EntryKind.CASE, null, FROM_THRESHOLD.equals(from) ? null
                : startedBy, "Formal support started", why, Map.of("ladderId", ladderId.toString()),
                "ladder-started:" + ladderId));
        Map<UUID, String> parents = new java.util.LinkedHashMap<>();
        contacts.parentsWithResponsibility(summary.pupilId()).forEach(c -> parents.put(c.id(),
                c.relationship() == null || c.relationship().isBlank() ? "Parent or carer" : c.relationship()));
        events.publishEvent(new LadderStarted(ladderId, summary.id(), summary.pupilId(), summary.schoolId(),
                leadChampion, from, parents, startAt));
        return true;
    }

    /** Where the case's family is on the ladder, for those who may see the case; empty before any ladder. */
    public Optional<LadderPosition> position(UserAccount user, UUID caseId) {
        if (cases.find(user, caseId).isEmpty()) {
            return Optional.empty();
        }
        return store.latestOfCase(caseId).map(LadderStore.LadderRow::position);
    }

    /** The local authority officer's overview: families on each rung now, per school of their authority. */
    public List<RungCount> countsPerSchool(UserAccount user) {
        if (!user.hasRole(Role.LOCAL_AUTHORITY) || user.localAuthority() == null) {
            throw new AccessDeniedException("Only local authority officers see the ladder across schools");
        }
        return store.countsInLocalAuthority(user.localAuthority());
    }

    /** The school's climbing ladders, for its targeting meeting pack (the pack's own scope applies first). */
    public Map<UUID, LadderRung> climbingAt(UUID schoolId) {
        Map<UUID, LadderRung> byPupil = new java.util.LinkedHashMap<>();
        store.climbingAt(schoolId).forEach(l -> byPupil.put(l.pupilId(), l.rung()));
        return byPupil;
    }

    /**
     * The evidence pack for the local authority, as a PDF, for a leader or champion of the case's school. Every
     * copy is audited; anyone else gets "not found", audited too.
     */
    public byte[] evidencePack(UserAccount user, UUID ladderId) {
        var ladder = store.ladder(ladderId).orElse(null);
        boolean schoolDecides = user.hasRole(Role.LEADER) || user.hasRole(Role.ATTENDANCE_CHAMPION);
        Optional<CaseDetails> details = ladder == null || !schoolDecides ? Optional.empty()
                : cases.find(user, ladder.caseId());
        if (details.isEmpty()) {
            audit.deniedAccess(user, "ladder", ladderId);
            throw new RecordNotFoundException("Formal support not found");
        }
        byte[] pdf = packs.pdf(user, ladder, details.get());
        audit.record(user.username(), "EVIDENCE_PACK_COPIED", "ladder", ladderId, "case " + ladder.caseId());
        return pdf;
    }
}
