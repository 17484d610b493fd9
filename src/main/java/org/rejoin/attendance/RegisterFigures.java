package org.rejoin.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.attendance.internal.RegisterFiguresQuery;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DfE's figures from the session registers, year to date and week by week (how each is counted:
 * docs/using/session-registers.md). A pupil's figures are for people who may see the pupil; a school's for its own
 * staff.
 */
@Component
public class RegisterFigures {

    private final RegisterFiguresQuery query;
    private final PupilService pupils;
    private final SchoolService schools;

    RegisterFigures(RegisterFiguresQuery query, PupilService pupils, SchoolService schools) {
        this.query = query;
        this.pupils = pupils;
        this.schools = schools;
    }

    /** The pupil's weeks this school year up to {@code asOf}; empty for a pupil the user may not see (audited). */
    @Transactional(readOnly = true)
    public Optional<List<RegisterWeek>> weeksOf(UserAccount user, UUID pupilId, LocalDate asOf) {
        return pupils.pupil(user, pupilId).map(pupil -> query.weeksOf(pupilId,
                schools.schoolYearStart(pupil.schoolId(), asOf), asOf));
    }

    /** The pupil's absent sessions this school year up to {@code asOf}, with their codes; empty for a pupil the user may not see. */
    @Transactional(readOnly = true)
    public Optional<List<RegisterAbsence>> absencesOf(UserAccount user, UUID pupilId, LocalDate asOf) {
        return pupils.pupil(user, pupilId).map(pupil -> query.absencesOf(pupilId,
                schools.schoolYearStart(pupil.schoolId(), asOf), asOf));
    }

    /** The pupil's year to date. */
    @Transactional(readOnly = true)
    public Optional<RegisterTotals> yearToDate(UserAccount user, UUID pupilId, LocalDate asOf) {
        return weeksOf(user, pupilId, asOf).map(weeks -> weeks.isEmpty() ? RegisterTotals.NONE
                : weeks.getLast().yearToDate());
    }

    /**
     * The days each pupil has a session marked with the code, for other modules' checks after an import (no
     * user: callers pass pupils of an import they were told about).
     */
    @Transactional(readOnly = true)
    public Map<UUID, java.util.SortedSet<LocalDate>> daysMarked(java.util.Collection<UUID> pupilIds,
                                                            AttendanceCode code, LocalDate from, LocalDate to) {
        return pupilIds.isEmpty() ? Map.of() : query.daysMarked(pupilIds, code.mark(), from, to);
    }

    /** The user's school's year to date: pupils counted, persistent and severe absence, sessions. */
    @Transactional(readOnly = true)
    public SchoolRegisterFigures school(UserAccount user, LocalDate asOf) {
        if (user.schoolId() == null || !user.role().belongsToSchool()) {
            return new SchoolRegisterFigures(0, 0, 0, RegisterTotals.NONE);
        }
        Map<UUID, RegisterTotals> byPupil = query.pupilsOfSchool(user.schoolId(),
                schools.schoolYearStart(user.schoolId(), asOf), asOf);
        RegisterTotals all = byPupil.values().stream().reduce(RegisterTotals.NONE, RegisterTotals::plus);
        var counted = byPupil.values().stream().filter(t -> t.possible() > 0).toList();
        return new SchoolRegisterFigures(counted.size(), counted.stream().filter(RegisterTotals::persistentlyAbsent)
                .count(), counted.stream().filter(RegisterTotals::severelyAbsent).count(), all);
    }
}
