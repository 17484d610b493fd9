package org.rejoin.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.casework.CaseFigures.OpenCase;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.Oversight;
import org.rejoin.targeting.TargetingScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The open case of each of a list of pupils, scoped to the schools the person oversees. */
@RejoinTest
class OpenCasesOfPupilsTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired SchoolService schools;
    @Autowired CaseFigures cases;

    @Test
    void openCasesOnlyOfTheSchoolsOverseen() {
        var s = TargetingScenario.create(jdbc, data, pupils, schools);
        var all = List.of(s.ashby(), s.cole(), s.dale(), s.eden(), s.finch(), s.hale());

        Map<java.util.UUID, OpenCase> ofSchool = cases.openCasesOfPupils(Oversight.ofSchool(s.leader(), s.school().id()), all);

        assertThat(ofSchool).containsOnlyKeys(s.ashby(), s.cole(), s.dale());
        assertThat(ofSchool.get(s.dale())).isEqualTo(new OpenCase(s.daleCase(), s.dale(), CaseStage.SUPPORT_PLAN));
        assertThat(ofSchool.get(s.ashby()).stage()).isEqualTo(CaseStage.UNDERSTANDING);
        assertThat(cases.openCasesOfPupils(Oversight.of(s.officer()), all)).containsKeys(s.hale());
        var elsewhere = data.localAuthorityOfficer(TestData.newLocalAuthority());
        assertThat(cases.openCasesOfPupils(Oversight.of(elsewhere), all)).isEmpty();
        assertThat(cases.openCasesOfPupils(Oversight.ofSchool(s.leader(), s.sameAuthority().id()), all)).isEmpty();
    }
}
