package org.rejoin.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.referral.ReferralFigures.OpenReferral;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.targeting.TargetingScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The referrals still open (requested, sent, accepted) of a list of cases, scoped to the schools overseen. */
@RejoinTest
class OpenReferralsOfCasesTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired SchoolService schools;
    @Autowired ReferralFigures referrals;

    @Test
    void openReferralsOldestFirstWithDeclinedAndCompletedLeftOut() {
        var s = TargetingScenario.create(jdbc, data, pupils, schools);
        var cases = List.of(s.ashbyCase(), s.coleCase(), s.daleCase(), s.finchCase());

        var open = referrals.openOfCases(Oversight.ofSchool(s.officer(), s.school().id()), cases);

        assertThat(open).containsOnlyKeys(s.ashbyCase(), s.daleCase());
        assertThat(open.get(s.daleCase())).extracting(OpenReferral::agencyType, OpenReferral::status).containsExactly(
                tuple(AgencyType.EARLY_HELP, ReferralStatus.SENT),
                tuple(AgencyType.MENTAL_HEALTH_SUPPORT, ReferralStatus.REQUESTED));
        assertThat(open.get(s.ashbyCase())).extracting(OpenReferral::agencyType)
                .containsExactly(AgencyType.ATTENDANCE_IMPROVEMENT);
        var otherLeader = data.staff(s.sameAuthority(), Role.LEADER, "Headteacher");
        assertThat(referrals.openOfCases(Oversight.of(otherLeader), cases)).isEmpty();
    }
}
