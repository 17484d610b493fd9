package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.Oversight;
import org.rejoin.targeting.TargetingScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plan state of each of a list of cases, scoped to the schools overseen. */
@RejoinTest
class PlanStatesOfCasesTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired SchoolService schools;
    @Autowired PlanFigures plans;

    @Test
    void onlyCasesWithAPlanInASchoolOverseen() {
        var s = TargetingScenario.create(jdbc, data, pupils, schools);
        var cases = List.of(s.ashbyCase(), s.daleCase());

        assertThat(plans.statesOfCases(Oversight.ofSchool(s.leader(), s.school().id()), cases))
                .isEqualTo(Map.of(s.daleCase(), PlanState.WORKING_ON_STEPS));
        assertThat(plans.statesOfCases(Oversight.of(data.localAuthorityOfficer(TestData.newLocalAuthority())), cases))
                .isEmpty();
    }
}
