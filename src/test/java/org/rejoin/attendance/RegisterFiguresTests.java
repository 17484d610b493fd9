package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.pupil.AttendanceImportService.ProgressListener;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small school counted by hand over two weeks, session by session, against the figures the app counts from
 * the imported registers. Week 1 is a full week; week 2 has an INSET day on Wednesday (marked #).
 */
@RejoinTest
class RegisterFiguresTests {

    @Autowired
    SessionImportService sessions;
    @Autowired
    RegisterFigures figures;
    @Autowired
    PupilService pupils;
    @Autowired
    SchoolService schools;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSchoolCountedByHandAgreesToTheSession() {
        SchoolInfo school = testData.school();
        UserAccount champion = testData.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        LocalDate week2 = SessionImportServiceTests.fullSchoolWeekBefore(schools.calendar(school.id()),
                LocalDate.now().minusWeeks(3));
        LocalDate week1 = week2.minusWeeks(1);
        schools.addClosure(school.id(), week2.plusDays(2), week2.plusDays(2), "INSET day");
        String ada = TestData.randomUpn();
        String ben = TestData.randomUpn();
        String cy = TestData.randomUpn();
        UUID adaId = register(school, ada);
        UUID benId = register(school, ben);
        UUID cyId = register(school, cy);
        jdbc.update("update pupil set admission_date = ? where id = ?", week2.plusDays(1), benId);
        jdbc.update("update pupil set leaving_date = ? where id = ?", week1.plusDays(2), cyId);

        var file = new ArrayList<String>(List.of("UPN,Week starting,Mon AM,Mon PM,Tue AM,Tue PM,Wed AM,Wed PM,"
                + "Thu AM,Thu PM,Fri AM,Fri PM"));
        // Ada, week 1: nine present, Friday afternoon N          -> possible 10, attended 9, unauthorised 1
        file.add(ada + "," + week1 + ",/,\\,/,\\,/,\\,/,\\,/,N");
        // Ada, week 2: ill Monday (I I), in Tuesday, INSET (# #), late Thursday morning, Friday Y1 Y1 (not possible)
        //                                                      -> possible 6, attended 4, authorised 2
        file.add(ada + "," + week2 + ",I,I,/,\\,#,#,L,\\,Y1,Y1");
        // Ben, admitted on week 2's Tuesday: Monday (Z, not on roll) not counted; in Tuesday; INSET; G G; O U
        //                                                      -> possible 6, attended 2, unauthorised 4
        file.add(ben + "," + week2 + ",Z,Z,/,\\,#,#,G,G,O,U");
        // Cy, left on week 1's Wednesday: Monday to Wednesday present; the N marks after he left are not counted
        //                                                      -> possible 6, attended 6
        file.add(cy + "," + week1 + ",/,\\,/,\\,/,\\,N,N,N,N");
        byte[] bytes = String.join("\n", file).getBytes(StandardCharsets.UTF_8);
        assertThat(sessions.importRegister(champion, new ByteArrayInputStream(bytes), bytes.length, "two-weeks.csv",
                ProgressListener.NONE).errors()).isEmpty();
        LocalDate asOf = week2.plusDays(4);

        // Ada: possible 10 + 6 = 16, attended 9 + 4 = 13, authorised 2, unauthorised 1; absent 3 of 16 = 18.75%:
        // persistently absent (10% or more), not severely (50% or more); attendance 13/16 = 81.25%
        assertThat(figures.weeksOf(champion, adaId, asOf)).get().asList().containsExactly(
                new RegisterWeek(week1, new RegisterTotals(10, 9, 0, 1), new RegisterTotals(10, 9, 0, 1)),
                new RegisterWeek(week2, new RegisterTotals(6, 4, 2, 0), new RegisterTotals(16, 13, 2, 1)));
        RegisterTotals adaYear = figures.yearToDate(champion, adaId, asOf).orElseThrow();
        assertThat(adaYear.attendancePercent()).isEqualTo(81.25);
        assertThat(adaYear.persistentlyAbsent()).isTrue();
        assertThat(adaYear.severelyAbsent()).isFalse();
        // Ben: absent 4 of 6 = 66.7%: severely (and so persistently) absent
        RegisterTotals benYear = figures.yearToDate(champion, benId, asOf).orElseThrow();
        assertThat(benYear).isEqualTo(new RegisterTotals(6, 2, 0, 4));
        assertThat(benYear.severelyAbsent()).isTrue();
        // Cy: 6 of 6
        assertThat(figures.yearToDate(champion, cyId, asOf)).contains(new RegisterTotals(6, 6, 0, 0));
        // The school: 3 pupils; PA Ada and Ben; SA Ben; sessions 16 + 6 + 6 = 28, attended 13 + 2 + 6 = 21,
        // authorised 2, unauthorised 1 + 4 = 5
        assertThat(figures.school(champion, asOf)).isEqualTo(
                new SchoolRegisterFigures(3, 2, 1, new RegisterTotals(28, 21, 2, 5)));
        // As of week 1's Friday only week 1 counts
        assertThat(figures.yearToDate(champion, adaId, week1.plusDays(4))).contains(new RegisterTotals(10, 9, 0, 1));
        // The weekly attendance the concern triage reads is the same count
        assertThat(pupils.pupil(champion, benId).orElseThrow().weeks()).singleElement()
                .satisfies(w -> assertThat(w.sessionsPossible()).isEqualTo(6));
    }

    @Test
    void someoneFromAnotherSchoolSeesNoFigures() {
        SchoolInfo school = testData.school();
        UUID pupil = register(school, TestData.randomUpn());
        UserAccount stranger = testData.staff(testData.school(), Role.ATTENDANCE_CHAMPION, "Attendance champion");

        assertThat(figures.weeksOf(stranger, pupil, LocalDate.now())).isEmpty();
    }

    private UUID register(SchoolInfo school, String upn) {
        return pupils.register(new NewPupil(school.id(), upn, "Pupil", "Counted", LocalDate.of(2012, 5, 1), 9,
                SenStatus.NONE, null));
    }
}
