package org.rejoin.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rejoin.casework.internal.CaseAccess;
import org.rejoin.casework.internal.ChronologyStore;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The story of a case: steps completed, notes, contacts with parents, meetings, documents, attendance
 * imports, reminders and escalations. Everyone who may see the case sees the same story, except that
 * safeguarding entries are shown only to those who handle safeguarding (and to whoever raised them).
 */
@Service
public class Chronology {

    static final int MAX_TEXT = 10_000;
    /** Kinds a person may add by hand; the rest are recorded by Rejoin as things happen. */
    public static final Set<EntryKind> WRITABLE = EnumSet.of(EntryKind.NOTE, EntryKind.PARENT_CONTACT, EntryKind.MEETING);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ChronologyStore store;
    private final CaseAccess access;
    private final SchoolStaff staff;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Chronology(ChronologyStore store, CaseAccess access, SchoolStaff staff, ApplicationEventPublisher events,
               AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.store = store;
        this.access = access;
        this.staff = staff;
        this.events = events;
    }

    /** Records an entry on the process's behalf; idempotent by the entry's source key. */
    public Optional<UUID> record(NewEntry entry) {
        return store.record(entry);
    }

    public Page<ChronologyEntry> entries(UserAccount user, UUID caseId, Set<EntryKind> kinds, Pageable page) {
        access.find(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        Page<ChronologyEntry> entries = store.page(caseId, kinds,
                access.handlesSafeguarding(user) ? null : user.username(), page);
        long safeguarding = entries.stream().filter(e -> e.kind() == EntryKind.SAFEGUARDING).count();
        if (safeguarding > 0) {
            audit.record(user.username(), "SAFEGUARDING_READ", "case", caseId, safeguarding + " safeguarding entries");
        }
        return entries;
    }

    /** A note, a contact with the parents or a meeting, written by someone who may see the case. */
    @Transactional
    public UUID add(UserAccount user, UUID caseId, EntryKind kind, String title, String text, LocalDate happenedOn) {
        if (!WRITABLE.contains(kind)) {
            throw new IllegalArgumentException("Rejoin records " + kind.label().toLowerCase() + " itself");
        }
        access.find(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        String body = required(text, "Write what happened");
        LocalDate today = LocalDate.now(clock);
        if (happenedOn != null && happenedOn.isAfter(today)) {
            throw new IllegalArgumentException("The date cannot be in the future");
        }
        Instant at = happenedOn == null || happenedOn.equals(today) ? Instant.now(clock)
                : happenedOn.atTime(12, 0).atZone(LONDON).toInstant();
        String heading = title == null || title.isBlank() ? kind.label() : title.strip();
        return store.record(new NewEntry(caseId, kind, at, user.username(), heading, body, Map.of(), null))
                .orElseThrow();
    }

    /**
     * "Raise a safeguarding concern": recorded at once and sent to the school's designated safeguarding
     * leads as an urgent task, without stopping whatever the case is doing.
     */
    @Transactional
    public UUID raiseSafeguardingConcern(UserAccount user, UUID caseId, String concern) {
        CaseDetails found = access.find(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        String text = required(concern, "Describe the concern");
        UUID entryId = store.record(new NewEntry(caseId, EntryKind.SAFEGUARDING, null, user.username(),
                "Safeguarding concern raised", text, Map.of(), null)).orElseThrow();
        UUID schoolId = found.summary().schoolId();
        // the journey, then the support plan, run until the case closes; each takes the concern itself
        CaseStage runningStage = found.summary().state() == CaseState.OPEN && found.journeyStartedAt() != null
                && found.summary().stage() != CaseStage.CLOSED ? found.summary().stage() : null;
        events.publishEvent(new SafeguardingConcernRaised(caseId, entryId, schoolId,
                found.summary().pupilId(), user.username(), text,
                staff.safeguardingLeads(schoolId), runningStage));
        return entryId;
    }

    private static String required(String text, String message) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Keep it under " + MAX_TEXT + " characters");
        }
        return value;
    }
}
