package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The roster import and the one-pupil form, on real PostgreSQL, for a school administrator. */
@org.rejoin.RejoinTest
class RosterServiceTests {

    @Autowired
    RosterService roster;
    @Autowired
    PupilService pupils;
    @Autowired
    ConcernTriage triage;
    @Autowired
    TestData data;
    @Autowired
    AuditTrail audit;

    SchoolInfo school;
    UserAccount schoolAdmin;
    String upn1;
    String upn2;

    @BeforeEach
    void aSchool() {
        school = data.school();
        schoolAdmin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        upn1 = TestData.randomUpn();
        upn2 = TestData.randomUpn();
    }

    @Test
    void simsStyleExportIsImportedAndAReimportUpdatesByUpn() {
        RosterImportResult first = importFile("""
                UPN,Legal Forename,Preferred Forename,Legal Surname,DOB,Year,Reg Group,Admission Date,Leaving Date,SEN Status,FSM Eligible,EAL
                %s,Amelia,Millie,Ahmed,14/03/2012,Year 9,9KM,04/09/2023,,K,Y,N
                %s,Oliver,,Brown,2011-11-02,10,10AB,,,N,no,yes
                """.formatted(upn1, upn2));

        assertThat(first.succeeded()).as("%s", first.errors()).isTrue();
        assertThat(first.added()).isEqualTo(2);
        PupilRecord amelia = roll().stream().filter(p -> p.upn().equals(upn1)).findFirst().orElseThrow();
        assertThat(amelia.knownAs()).isEqualTo("Millie Ahmed");
        assertThat(amelia.yearGroup()).isEqualTo(9);
        assertThat(amelia.senStatus()).isEqualTo(SenStatus.SEN_SUPPORT);
        assertThat(amelia.freeSchoolMeals()).isTrue();
        assertThat(amelia.admissionDate()).isEqualTo(LocalDate.of(2023, 9, 4));

        RosterImportResult again = importFile("""
                upn,forename,surname,date of birth,ncyear,tutor group
                %s,Amelia,Ahmed-Jones,2012-03-14,10,10KM
                """.formatted(upn1));

        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.added()).isZero();
        assertThat(roll()).filteredOn(p -> p.upn().equals(upn1)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(amelia.id());
            assertThat(p.surname()).isEqualTo("Ahmed-Jones");
            assertThat(p.yearGroup()).isEqualTo(10);
            assertThat(p.registrationGroup()).isEqualTo("10KM");
        });
        assertThat(audit.count("ROSTER_IMPORTED", "school", school.id())).isEqualTo(2);
    }

    @Test
    void everyBadLineIsListedByNumberAndNothingIsImported() {
        SchoolInfo other = data.school();
        String elsewhere = TestData.randomUpn();
        data.staff(other, Role.SCHOOL_ADMIN, null);
        pupils.register(new NewPupil(other.id(), elsewhere, "Sam", "Other", LocalDate.of(2012, 1, 1), 9,
                SenStatus.NONE, null));

        RosterImportResult result = importFile("""
                UPN,Legal forename,Surname,Date of birth,Year group,SEN status
                %s,Amelia,Ahmed,2012-03-14,9,N
                A123,Bad,Upn,2012-03-14,9,N
                %s,Young,Pupil,2020-01-01,Reception,X

                %s,Amelia,Twice,2012-03-14,9,N
                %s,Sam,Other,2012-01-01,9,N
                """.formatted(upn1, upn2, upn1, elsewhere));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(e -> e.line()).containsExactly(3L, 4L, 6L, 7L);
        assertThat(result.errors().get(1).message()).contains("Year group 'Reception'").contains("SEN status 'X'")
                .contains("makes the pupil");
        assertThat(result.errors().get(2).message()).contains("appears twice, on lines 2 and 6");
        assertThat(result.errors().get(3).message()).contains("another school's roll");
        assertThat(roll()).isEmpty();
    }

    @Test
    void leaverKeepsTheirRecordButDropsOutOfTheListAndTriageFromTheLeavingDate() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        importFile("""
                UPN,Legal forename,Surname,Date of birth,Year group,Leaving date
                %s,Gone,Yesterday,2012-03-14,9,%s
                %s,Still,Here,2012-03-14,9,%s
                """.formatted(upn1, today, upn2, today.plusDays(30)));
        UserAccount leader = data.staff(school, Role.LEADER, null);

        assertThat(pupils.pupilsOfMySchool(leader, "", PageRequest.of(0, 50)).getContent())
                .extracting(PupilSummary::upn).containsExactly(upn2);
        assertThat(triage.facts(school.id(), today)).hasSize(1);
        assertThat(roll()).hasSize(2);
    }

    @Test
    void theListShowsAndFindsThePreferredForenameColleaguesUse() {
        importFile("""
                UPN,Legal Forename,Preferred Forename,Legal Surname,DOB,Year
                %s,Amelia,Millie,Ahmed,14/03/2012,9
                %s,Oliver,,Brown,2011-11-02,10
                """.formatted(upn1, upn2));
        UserAccount leader = data.staff(school, Role.LEADER, null);

        assertThat(pupils.pupilsOfMySchool(leader, "", PageRequest.of(0, 50)).getContent())
                .extracting(PupilSummary::fullName).containsExactly("Millie Ahmed", "Oliver Brown");
        assertThat(pupils.pupilsOfMySchool(leader, "mil", PageRequest.of(0, 50)).getContent())
                .extracting(PupilSummary::upn).containsExactly(upn1);
        assertThat(pupils.pupilsOfMySchool(leader, "amelia", PageRequest.of(0, 50)).getContent())
                .as("the legal forename still finds her").extracting(PupilSummary::upn).containsExactly(upn1);
    }

    @Test
    void onePupilIsAddedAndCorrectedByHandWithRefusalsBesideTheirFields() {
        PupilRecord added = roster.save(schoolAdmin, school.id(), new PupilRecord(null, upn1.toLowerCase(), "Ava",
                null, "Evans", LocalDate.of(2012, 2, 2), 8, "8A", null, null, SenStatus.NONE, false, false));
        roster.save(schoolAdmin, school.id(), new PupilRecord(added.id(), upn1, "Ava", "Eve", "Evans",
                LocalDate.of(2012, 2, 2), 9, "9A", null, null, SenStatus.EHC_PLAN, true, false));

        assertThat(roll()).singleElement().satisfies(p -> {
            assertThat(p.knownAs()).isEqualTo("Eve Evans");
            assertThat(p.senStatus()).isEqualTo(SenStatus.EHC_PLAN);
        });
        assertThatThrownBy(() -> roster.save(schoolAdmin, school.id(), new PupilRecord(null, upn1, "Dup", null, "Dup",
                LocalDate.of(2012, 2, 2), 8, null, null, null, SenStatus.NONE, false, false)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("upn"));
        assertThatThrownBy(() -> roster.save(schoolAdmin, school.id(), new PupilRecord(null, upn2, "Old", null, "Old",
                LocalDate.of(2012, 2, 2), 14, null, null, null, SenStatus.NONE, false, false)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("yearGroup"));
        assertThat(audit.count("PUPIL_UPDATED", "pupil", added.id())).isEqualTo(1);
    }

    @Test
    void anotherSchoolsAdministratorAndCaseworkStaffReachNoRoster() {
        SchoolInfo other = data.school();
        UserAccount otherAdmin = data.staff(other, Role.SCHOOL_ADMIN, null);
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, null);

        assertThatThrownBy(() -> roster.roll(otherAdmin, school.id(), "", 10, 0))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> roster.importRoster(champion, school.id(), new byte[0], "r.csv", null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(audit.count("ACCESS_DENIED", "school", school.id())).isGreaterThanOrEqualTo(2);
        assertThat(roster.roll(data.admin(), school.id(), "", 10, 0)).isEmpty();
    }

    private RosterImportResult importFile(String csv) {
        return roster.importRoster(schoolAdmin, school.id(), csv.getBytes(StandardCharsets.UTF_8), "roster.csv", null);
    }

    private List<PupilRecord> roll() {
        return roster.roll(schoolAdmin, school.id(), "", 100, 0);
    }
}
