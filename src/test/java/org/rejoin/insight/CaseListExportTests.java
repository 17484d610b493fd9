package org.rejoin.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.casework.CaseSummary;
import org.rejoin.insight.CaseListFilter.Kind;
import org.rejoin.security.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** An overview list as a spreadsheet: the same cases as on screen, for the leader's school only, audited. */
@RejoinTest
class CaseListExportTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired OverviewCases lists;
    @Autowired CaseListExport export;
    @Autowired AuditTrail audit;

    @Test
    void theCsvHoldsTheListsCasesInItsOrderWithAHeaderAndIsAudited() {
        OverviewScenario s = OverviewScenario.create(jdbc, data);
        CaseListFilter supportPlans = CaseListFilter.of(Kind.STAGE, "stage", "SUPPORT_PLAN");
        List<CaseSummary> onScreen = lists.list(s.leader(), supportPlans, PageRequest.of(0, 50)).getContent();

        String csv = new String(export.csv(s.leader(), supportPlans), StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFPupil,UPN,Year,Stage,Opened,Lead champion,School");
        assertThat(lines).hasSize(onScreen.size() + 1).hasSize(4);
        for (int i = 0; i < onScreen.size(); i++) {
            assertThat(lines.get(i + 1)).startsWith(onScreen.get(i).pupilName() + "," + onScreen.get(i).upn() + ","
                    + onScreen.get(i).yearGroup() + ",Stepped support plan,");
        }
        assertThat(lines.get(1)).matches(".*,\\d{2}/\\d{2}/\\d{4},.*").endsWith("," + s.school().name());
        assertThat(audit.count("EXPORTED", "case_list", s.school().id())).isEqualTo(1);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        OverviewScenario s = OverviewScenario.create(jdbc, data);
        CaseListFilter supportPlans = CaseListFilter.of(Kind.STAGE, "stage", "SUPPORT_PLAN");
        List<CaseSummary> onScreen = lists.list(s.leader(), supportPlans, PageRequest.of(0, 50)).getContent();
        jdbc.update("update pupil set first_name = '-2+3' where upn = ?", onScreen.get(0).upn());
        jdbc.update("update pupil set first_name = '+cmd|'' /C calc''!A0' where upn = ?", onScreen.get(1).upn());
        jdbc.update("update pupil set first_name = E'\\tTabbed' where upn = ?", onScreen.get(2).upn());

        String csv = new String(export.csv(s.leader(), supportPlans), StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1).toList()).allSatisfy(line -> assertThat(line).matches("^\"?'.*"));
        assertThat(csv).contains("'-2+3 ").contains("'+cmd|").contains("'\tTabbed");
    }

    @Test
    void anotherSchoolsLeaderExportsOnlyTheirOwnCases() {
        OverviewScenario a = OverviewScenario.create(jdbc, data);
        OverviewScenario b = OverviewScenario.create(jdbc, data);
        CaseListFilter supportPlans = CaseListFilter.of(Kind.STAGE, "stage", "SUPPORT_PLAN");

        String csv = new String(export.csv(b.leader(), supportPlans), StandardCharsets.UTF_8);

        for (CaseSummary theirs : lists.list(a.leader(), supportPlans, PageRequest.of(0, 50))) {
            assertThat(csv).doesNotContain(theirs.upn());
        }
        assertThat(csv.lines()).hasSize(4);
    }
}
