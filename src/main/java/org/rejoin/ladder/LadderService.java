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
import org.rejoin.pupil.PupilContact;
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
        var summary = details.summary();
        UUID ladderId = UUID.randomUUID();
        if (!store.start(ladderId, caseId, summary.pupilId(), summary.schoolId(), user.username(), FROM_CASE)) {
            throw new IllegalStateException("Formal support has already started on this case");
        }
        String leadChampion = summary.leadChampion() != null ? summary.leadChampion() : user.username();
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, user.username(), "Formal support started",
                why, Map.of("ladderId", ladderId.toString()), "ladder-started:" + ladderId));
        audit.record(user.username(), "LADDER_STARTED", "case", caseId, ladderId.toString());
        Map<UUID, String> parents = new java.util.LinkedHashMap<>();
        contacts.contacts(user, summary.pupilId()).stream().filter(PupilContact::parentalResponsibility)
                .forEach(c -> parents.put(c.id(), c.relationship() == null || c.relationship().isBlank()
                        ? "Parent or carer" : c.relationship()));
        events.publishEvent(new LadderStarted(ladderId, caseId, summary.pupilId(), summary.schoolId(), leadChampion,
                FROM_CASE, parents));
        return ladderId;
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
