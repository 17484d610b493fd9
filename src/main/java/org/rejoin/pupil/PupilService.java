package org.rejoin.pupil;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.pupil.internal.AbsenceQuery;
import org.rejoin.pupil.internal.AttendanceStore;
import org.rejoin.pupil.internal.AttendanceWindowStore;
import org.rejoin.pupil.internal.CalendarStore;
import org.rejoin.pupil.internal.Pupil;
import org.rejoin.pupil.internal.PupilRepository;
import org.rejoin.pupil.internal.SchoolRepository;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pupils and their attendance, always scoped to the asking user: school staff reach their own
 * school's pupils; partners and administrators reach none here (partners see pupils only through
 * referrals to their agency).
 */
@Service
public class PupilService {

    private final PupilRepository pupils;
    private final SchoolRepository schools;
    private final AttendanceStore attendance;
    private final AttendanceWindowStore attendanceWindows;
    private final CalendarStore calendars;
    private final AbsenceQuery absence;
    private final AuditTrail audit;
    private final Clock clock;

    PupilService(PupilRepository pupils, SchoolRepository schools, AttendanceStore attendance,
                 AttendanceWindowStore attendanceWindows, CalendarStore calendars, AbsenceQuery absence,
                 AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.pupils = pupils;
        this.schools = schools;
        this.attendance = attendance;
        this.attendanceWindows = attendanceWindows;
        this.calendars = calendars;
        this.absence = absence;
        this.audit = audit;
    }

    @Transactional
    public UUID register(NewPupil pupil) {
        String upn = Upn.of(pupil.upn()).value();
        if (pupils.existsByUpn(upn)) {
            throw new IllegalArgumentException("A pupil with UPN " + upn + " is already registered");
        }
        if (pupil.yearGroup() < 7 || pupil.yearGroup() > 13) {
            throw new IllegalArgumentException("Rejoin covers secondary year groups 7 to 13, not " + pupil.yearGroup());
        }
        return pupils.save(new Pupil(pupil, Instant.now(clock))).id();
    }

    /**
     * Starts comparing the pupil's attendance before this window's day with since (for the outcomes), counted
     * for the pupil's school; an existing window only has its end moved.
     */
    @Transactional
    public void startAttendanceWindow(AttendanceWindow window) {
        attendanceWindows.start(window);
    }

    /** No week from {@code until} on counts as since the window's day any more. */
    @Transactional
    public void endAttendanceWindow(UUID key, LocalDate until) {
        attendanceWindows.end(key, until);
    }

    @Transactional
    public void recordAttendance(List<AttendanceWeek> weeks) {
        attendance.upsert(weeks);
        attendance.refreshSchoolWeeksOf(weeks);
        attendanceWindows.recomputeForPupils(weeks.stream().map(AttendanceWeek::pupilId).distinct().toList());
    }

    @Transactional(readOnly = true)
    public Page<PupilSummary> pupilsOfMySchool(UserAccount user, String search, Pageable page) {
        if (user.schoolId() == null || !user.role().belongsToSchool()) {
            return Page.empty(page);
        }
        LocalDate since = calendars.schoolYearFirstWeek(user.schoolId(), LocalDate.now(clock));
        return attendance.pupilSummaries(user.schoolId(), search, since, page);
    }

    /** The pupil's page: as {@link #pupil}, and the reading is audited. */
    public Optional<PupilDetails> open(UserAccount user, UUID pupilId) {
        Optional<PupilDetails> found = pupil(user, pupilId);
        found.ifPresent(p -> audit.record(user.username(), "PUPIL_READ", "pupil", pupilId, null));
        return found;
    }

    /** A pupil this user may see; empty (and the attempt audited) for a pupil outside their scope. */
    @Transactional(readOnly = true)
    public Optional<PupilDetails> pupil(UserAccount user, UUID pupilId) {
        Optional<Pupil> found = user.role().belongsToSchool() && user.schoolId() != null
                ? pupils.findByIdAndSchoolId(pupilId, user.schoolId())
                : Optional.empty();
        if (found.isEmpty()) {
            audit.deniedAccess(user, "pupil", pupilId);
            return Optional.empty();
        }
        return found.map(this::details);
    }

    /**
     * For the processes (no signed-in user): the pupil's attendance over the weeks starting on or after
     * {@code from}, added up in the database.
     */
    @Transactional(readOnly = true)
    public AttendanceTotals attendanceSince(UUID pupilId, LocalDate from) {
        return attendance.totalsSince(pupilId, from);
    }

    /** This school year's figures of every school overseen, added together. */
    @Transactional(readOnly = true)
    public SchoolFigures schoolFigures(Oversight scope) {
        return SchoolFigures.total(figuresBySchool(scope).values().stream());
    }

    /** This school year's figures of each school overseen, as at its latest recorded week. */
    @Transactional(readOnly = true)
    public Map<UUID, SchoolFigures> figuresBySchool(Oversight scope) {
        LocalDate yearStart = AttendanceFigures.schoolYearStart(LocalDate.now(clock));
        return attendance.latestFiguresBySchool(scope, yearStart);
    }

    /**
     * Pupils of the schools overseen whose attendance over the weeks starting on or after {@code since} is at or
     * below {@code percent} (90 for persistent absence, 50 for severe), lowest first unless sorted otherwise.
     */
    @Transactional(readOnly = true)
    public Page<PupilSummary> pupilsAtOrBelow(Oversight scope, LocalDate since, int percent, Pageable page) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("An attendance threshold is a percentage, not " + percent);
        }
        return absence.atOrBelow(scope, since, percent, page);
    }

    /** Over the weeks starting on or after {@code since}: pupils with sessions, and those at or below 90% and 50%. */
    @Transactional(readOnly = true)
    public SchoolFigures figuresSince(Oversight scope, LocalDate since) {
        return absence.figures(scope, since);
    }

    private PupilDetails details(Pupil p) {
        String schoolName = schools.findById(p.schoolId()).map(s -> s.toInfo().name()).orElse("");
        return new PupilDetails(p.id(), p.schoolId(), schoolName, p.upn(), p.firstName(), p.lastName(),
                p.dateOfBirth(), p.yearGroup(), p.senStatus(), p.keyAdultUserId(), attendance.weeksOf(p.id()));
    }
}
