package org.rejoin.targeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseFigures;
import org.rejoin.casework.CaseFigures.OpenCase;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.PupilSummary;
import org.rejoin.pupil.SchoolService;
import org.rejoin.referral.ReferralFigures;
import org.rejoin.referral.ReferralFigures.OpenReferral;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanFigures;
import org.rejoin.support.PlanState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's targeting pack: its pupils at or below 90% and 50% attendance this school year, with their case
 * and open referrals, each part read by the module owning it under the same oversight (the school's leaders
 * and the officers of its authority; nobody else). Opening a pack, or failing to, is audited.
 */
@Service
public class TargetingPack {

    private final SchoolService schools;
    private final PupilService pupils;
    private final CaseFigures cases;
    private final PlanFigures plans;
    private final ReferralFigures referrals;
    private final AuditTrail audit;

    private final Clock clock;

    TargetingPack(SchoolService schools, PupilService pupils, CaseFigures cases, PlanFigures plans,
                  ReferralFigures referrals, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.schools = schools;
        this.pupils = pupils;
        this.cases = cases;
        this.plans = plans;
        this.referrals = referrals;
        this.audit = audit;
    }

    /** The pack of a school this person oversees; empty, and the attempt audited, for any other. */
    @Transactional(readOnly = true)
    public Optional<Pack> open(UserAccount user, UUID schoolId) {
        Optional<Pack> pack = pack(user, schoolId);
        if (pack.isEmpty()) {
            audit.deniedAccess(user, TargetingMeetings.SUBJECT, schoolId);
        } else {
            audit.record(user.username(), "OPENED", TargetingMeetings.SUBJECT, schoolId, "targeting pack");
        }
        return pack;
    }

    /** The pack without an audit entry, for exports that record their own. */
    Optional<Pack> pack(UserAccount user, UUID schoolId) {
        Oversight scope = Oversight.ofSchool(user, schoolId);
        return schools.overseen(scope).stream().findFirst().map(school -> {
            LocalDate from = countedFrom(schoolId);
            return new Pack(school, from, pupils.figuresSince(scope, from));
        });
    }

    /** One page of the pupils in the band, lowest attendance first unless sorted otherwise. */
    @Transactional(readOnly = true)
    public Page<PackPupil> pupils(UserAccount user, UUID schoolId, AttendanceBand band, Pageable page) {
        Oversight scope = Oversight.ofSchool(user, schoolId);
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        Page<PupilSummary> found = pupils.pupilsAtOrBelow(scope, countedFrom(schoolId), band.percent(), page);
        Map<UUID, OpenCase> open = cases.openCasesOfPupils(scope, found.map(PupilSummary::id).getContent());
        List<UUID> caseIds = open.values().stream().map(OpenCase::caseId).toList();
        Map<UUID, PlanState> planStates = plans.statesOfCases(scope, caseIds);
        Map<UUID, List<OpenReferral>> referralsOfCase = referrals.openOfCases(scope, caseIds);
        return found.map(p -> {
            OpenCase c = open.get(p.id());
            return new PackPupil(p.id(), p.fullName(), p.upn(), p.yearGroup(), p.senStatus(), p.sessionsPresent(),
                    p.sessionsPossible(), c == null ? null : c.caseId(), c == null ? null : c.stage(),
                    c == null ? null : planStates.get(c.caseId()),
                    c == null ? List.of() : referralsOfCase.getOrDefault(c.caseId(), List.of()));
        });
    }

    private LocalDate countedFrom(UUID schoolId) {
        return schools.schoolYearFirstWeek(schoolId, LocalDate.now(clock));
    }
}
