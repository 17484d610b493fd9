package org.rejoin.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.internal.CaseAccess;
import org.rejoin.casework.internal.CaseScope;
import org.rejoin.casework.internal.CaseStore;
import org.rejoin.casework.internal.ChronologyStore;
import org.rejoin.pupil.AttendanceWindow;
import org.rejoin.pupil.PupilService;
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
 * The case of one pupil: opened from the attendance data or by a champion, one open case per pupil,
 * seen only by those in scope. Opening a case publishes {@link CaseOpened}, on which the journey starts.
 */
@Service
public class CaseService {

    static final int MAX_REASON = 2000;

    private final CaseStore cases;
    private final ChronologyStore chronology;
    private final CaseAccess access;
    private final PupilService pupils;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    CaseService(CaseStore cases, ChronologyStore chronology, CaseAccess access, PupilService pupils,
                ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.chronology = chronology;
        this.access = access;
        this.pupils = pupils;
        this.events = events;
        this.audit = audit;
    }

    /** Opens a case the attendance data raised, unless the pupil has one open. Returns the new case, or empty. */
    @Transactional
    public Optional<UUID> openFromConcern(UUID pupilId, UUID schoolId, String concernOutcome, String reason) {
        return open(pupilId, schoolId, CaseOrigin.ATTENDANCE_DATA, concernOutcome, reason, "rejoin");
    }

    /** A champion opens a case by hand for a pupil of their school, giving the reason. */
    @Transactional
    public UUID openByHand(UserAccount user, UUID pupilId, String reason) {
        if (!user.hasRole(Role.ATTENDANCE_CHAMPION)) {
            throw new AccessDeniedException("Only attendance champions open cases");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Say why you are opening a case");
        }
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("Keep the reason under " + MAX_REASON + " characters");
        }
        var pupil = pupils.pupil(user, pupilId).orElseThrow(() -> new IllegalArgumentException("Pupil not found"));
        UUID caseId = open(pupilId, pupil.schoolId(), CaseOrigin.BY_HAND, null, why, user.username())
                .orElseThrow(() -> new CaseAlreadyOpenException(cases.openCaseOfPupil(pupilId).orElse(null)));
        audit.record(user.username(), "CASE_OPENED", "case", caseId, "by hand");
        return caseId;
    }

    public Optional<CaseDetails> find(UserAccount user, UUID caseId) {
        return access.find(user, caseId);
    }

    /** The case page: as {@link #find}, and the reading is audited. */
    public Optional<CaseDetails> open(UserAccount user, UUID caseId) {
        Optional<CaseDetails> found = access.find(user, caseId);
        found.ifPresent(c -> audit.record(user.username(), "CASE_READ", "case", caseId, null));
        return found;
    }

    public Page<CaseSummary> cases(UserAccount user, CaseState state, Pageable page) {
        return cases.list(access.scope(user), state, page);
    }

    public List<CaseSummary> casesOfPupil(UserAccount user, UUID pupilId) {
        return cases.casesOfPupil(pupilId, access.scope(user));
    }

    // --- for the processes, which act on the case's own behalf (no signed-in user) ---

    public Optional<UUID> schoolOf(UUID caseId) {
        return cases.schoolOf(caseId);
    }

    /** The pupil's open case, if any (a statutory threshold step links to it). */
    public Optional<UUID> openCaseOfPupil(UUID pupilId) {
        return cases.openCaseOfPupil(pupilId);
    }

    /** One case with its team, whoever may see it: for a worker that records on the case's behalf. */
    public Optional<CaseDetails> details(UUID caseId) {
        return cases.find(caseId, CaseScope.EVERY_CASE);
    }

    public void journeyStarted(UUID caseId) {
        cases.markJourneyStarted(caseId);
    }

    @Transactional
    public void recordTeam(UUID caseId, String leadChampion, String keyAdult, List<String> colleagues) {
        cases.setLeadAndKeyAdult(caseId, leadChampion, keyAdult);
        if (leadChampion != null) {
            cases.addMember(caseId, leadChampion, CaseDetails.TeamRole.LEAD_CHAMPION);
        }
        if (keyAdult != null) {
            cases.addMember(caseId, keyAdult, CaseDetails.TeamRole.KEY_ADULT);
        }
        colleagues.forEach(c -> cases.addMember(caseId, c, CaseDetails.TeamRole.COLLEAGUE));
    }

    public void moveToStage(UUID caseId, CaseStage stage) {
        cases.setStage(caseId, stage);
    }

    @Transactional
    public void close(UUID caseId, String reason, String sourceKey) {
        if (cases.close(caseId, reason)) {
            pupils.endAttendanceWindow(caseId, LocalDate.now(clock));
            chronology.record(new NewEntry(caseId, EntryKind.CASE, null, null, "Case closed", reason, Map.of(),
                    sourceKey));
        }
    }

    private Optional<UUID> open(UUID pupilId, UUID schoolId, CaseOrigin origin, String outcome, String reason,
                                String openedBy) {
        Optional<UUID> opened = cases.openIfNone(pupilId, schoolId, origin, outcome, reason, openedBy);
        opened.ifPresent(caseId -> {
            // the outcomes compare the pupil's attendance before this day with since
            pupils.startAttendanceWindow(new AttendanceWindow(caseId, pupilId, LocalDate.now(clock), null));
            chronology.record(new NewEntry(caseId, EntryKind.CASE, null, "rejoin".equals(openedBy) ? null : openedBy,
                    "Case opened: " + origin.label().toLowerCase(java.util.Locale.UK), reason, Map.of(),
                    "case-opened:" + caseId));
            events.publishEvent(new CaseOpened(caseId, pupilId, schoolId, origin, outcome, reason));
        });
        return opened;
    }
}
