package org.rejoin.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A school's targeting pack on PostgreSQL, against the pupils of TargetingScenario counted by hand. */
@RejoinTest
class TargetingPackTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired SchoolService schools;
    @Autowired TargetingPack packs;
    @Autowired TargetingMeetings meetings;
    @Autowired PackExports exports;
    @Autowired AuditTrail audit;

    TargetingScenario s;

    @BeforeEach
    void pupilsCountedByHand() {
        s = TargetingScenario.create(jdbc, data, pupils, schools);
    }

    @Test
    void theSchoolsLeaderAndItsAuthoritysOfficerGetTheSameCounts() {
        for (UserAccount user : List.of(s.leader(), s.officer())) {
            Pack pack = packs.open(user, s.school().id()).orElseThrow();
            assertThat(pack.school()).isEqualTo(s.school());
            assertThat(List.of(pack.pupils(), pack.atOrBelow90(), pack.atOrBelow50())).containsExactly(6L, 5L, 2L);
        }
        assertThat(audit.count("OPENED", "targeting_pack", s.school().id())).isEqualTo(2);
    }

    @Test
    void eachPupilAtOrBelow90PercentWithTheirCaseAndOpenReferrals() {
        List<PackPupil> list = packs.pupils(s.officer(), s.school().id(), AttendanceBand.AT_OR_BELOW_90,
                PageRequest.of(0, 10)).getContent();

        assertThat(list).extracting(PackPupil::name, PackPupil::yearGroup, PackPupil::attendance,
                        PackPupil::severelyAbsent, PackPupil::caseState, PackPupil::referrals)
                .containsExactly(
                        tuple("Pupil Dale", 10, "20.0%", true, "Stepped support plan: working through the steps",
                                "Early Help (waiting for an answer); Mental health support team / CAMHS (being prepared)"),
                        tuple("Pupil Cole", 9, "50.0%", true, "Understanding the barriers", "None"),
                        tuple("Pupil Finch", 9, "55.0%", false, "No open case", "None"),
                        tuple("Pupil Eden", 9, "85.0%", false, "No open case", "None"),
                        tuple("Pupil Ashby", 9, "90.0%", false, "Understanding the barriers",
                                "Attendance Improvement Officer (accepted)"));
        assertThat(list.getFirst().caseId()).isEqualTo(s.daleCase());
        assertThat(packs.pupils(s.leader(), s.school().id(), AttendanceBand.AT_OR_BELOW_50, PageRequest.of(0, 10)))
                .extracting(PackPupil::pupilId).containsExactly(s.dale(), s.cole());
    }

    @Test
    void thePupilListDownloadsAsCsvAndThePackAsPdfEachAudited() {
        String csv = new String(exports.pupilsCsv(s.leader(), s.school().id(), AttendanceBand.AT_OR_BELOW_50)
                .orElseThrow(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).startsWith("\uFEFFPupil,UPN,Year,SEN,Attendance,Sessions present,Sessions possible,")
                .contains("Pupil Dale,", ",10,No SEN,20.0%,4,20,Yes,Stepped support plan: working through the steps,2,"
                        + "Early Help (waiting for an answer); Mental health support team / CAMHS (being prepared)")
                .contains("Pupil Cole,");
        byte[] pdf = exports.packPdf(s.officer(), s.school().id()).orElseThrow();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'EXPORTED' and subject_id = ? "
                + "order by id", String.class, s.school().id().toString()))
                .containsExactly("2 pupils at or below 50% (severely absent) (CSV)", "targeting pack (PDF), 5 pupils");
    }

    @Test
    void thePackListsTheFamiliesOnTheStatutoryLadderWithTheirRung() throws Exception {
        jdbc.update("insert into ladder (id, case_id, pupil_id, school_id, started_by, started_from, rung) "
                + "values (?, ?, ?, ?, 'test', 'CASE', 'NOTICE_TO_IMPROVE')", java.util.UUID.randomUUID(), s.daleCase(),
                s.dale(), s.school().id());

        String pack = org.rejoin.PdfText.of(exports.packPdf(s.leader(), s.school().id()).orElseThrow());

        assertThat(pack).contains("Families on the statutory ladder", "Pupil Dale, year 10, 20.0%: Notice to improve")
                .doesNotContain("Pupil Cole, year 9, 50.0%: ");
    }

    @Test
    void aPupilListCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        jdbc.update("update pupil set first_name = '=HYPERLINK(\"http://evil.example\",\"Click\")' where id = ?", s.dale());
        jdbc.update("update pupil set first_name = '@SUM(1+1)' where id = ?", s.cole());

        String csv = new String(exports.pupilsCsv(s.leader(), s.school().id(), AttendanceBand.AT_OR_BELOW_50)
                .orElseThrow(), StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1).toList()).allSatisfy(line -> assertThat(line).matches("^(\"'=|'@).*"));
        assertThat(csv).contains("'@SUM(1+1) Cole,").doesNotContain(",=").doesNotContain(",@");
    }

    @Test
    void actionsStillOpenAreInThePackForTheNextMeeting() {
        meetings.record(s.leader(), s.school().id(), new MeetingRecord(UUID.randomUUID(), LocalDate.now(UkDates.ZONE).minusDays(1),
                "Ms Head, Mr Officer", null, List.of(new NewAction("Home visit for Dale", Responsible.LOCAL_AUTHORITY,
                "Mr Officer", null)), Map.of()));
        assertThat(meetings.carriedForward(s.officer(), s.school().id(), PageRequest.of(0, 10)))
                .extracting(AgreedAction::action).containsExactly("Home visit for Dale");
    }

    @Test
    void anotherSchoolsLeaderAnotherAuthoritysOfficerAPartnerAChampionOrAnAdministratorGetNothing() {
        UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);
        List<UserAccount> outsiders = List.of(data.staff(s.sameAuthority(), Role.LEADER, "Headteacher"),
                data.localAuthorityOfficer(TestData.newLocalAuthority()), data.partner(agency),
                data.staff(s.school(), Role.ATTENDANCE_CHAMPION, "Champion"), data.admin());
        for (UserAccount outsider : outsiders) {
            assertThat(packs.open(outsider, s.school().id())).isEmpty();
            assertThat(packs.pupils(outsider, s.school().id(), AttendanceBand.AT_OR_BELOW_90, PageRequest.of(0, 10)))
                    .isEmpty();
            assertThat(exports.pupilsCsv(outsider, s.school().id(), AttendanceBand.AT_OR_BELOW_90)).isEmpty();
            assertThat(exports.packPdf(outsider, s.school().id())).isEmpty();
        }
        assertThat(audit.count("ACCESS_DENIED", "targeting_pack", s.school().id())).isEqualTo(3L * outsiders.size());
        assertThat(audit.count("EXPORTED", "targeting_pack", s.school().id())).isZero();
        // the officer reaches the other school of the authority, whose pupil is not in this school's pack
        assertThat(packs.pupils(s.officer(), s.sameAuthority().id(), AttendanceBand.AT_OR_BELOW_50,
                PageRequest.of(0, 10))).extracting(PackPupil::pupilId).containsExactly(s.hale());
    }
}
