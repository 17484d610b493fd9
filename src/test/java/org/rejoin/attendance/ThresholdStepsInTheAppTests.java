package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.pupil.AttendanceImportService.ProgressListener;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A register import in the running app: a pupil absent (N) for 10 school days in a row gets the champions
 * the "tell the local authority" step in their inbox, and so the national framework step too (20 unauthorised
 * sessions); a pupil absent 9 days with one present session before gets neither.
 */
@RejoinTest
class ThresholdStepsInTheAppTests {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    SessionImportService sessions;
    @Autowired
    InboxService inbox;
    @Autowired
    PupilService pupils;
    @Autowired
    SchoolService schools;
    @Autowired
    TestData testData;

    @Test
    void tenDaysOfUnexplainedAbsenceGiveTheChampionsTheirSteps() {
        SchoolInfo school = testData.school();
        UserAccount champion = testData.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        String absentUpn = TestData.randomUpn();
        String nineDaysUpn = TestData.randomUpn();
        UUID absent = register(school, absentUpn);
        UUID nineDays = register(school, nineDaysUpn);
        SchoolCalendar calendar = schools.calendar(school.id());
        LocalDate last = SessionImportServiceTests.fullSchoolWeekBefore(calendar, LocalDate.now().minusWeeks(1))
                .plusDays(4);
        List<String> rows = new ArrayList<>(List.of("UPN,Date,Session,Mark"));
        LocalDate day = last;
        for (int schoolDays = 0; schoolDays < 10; day = day.minusDays(1)) {
            if (calendar.isSchoolDay(day)) {
                schoolDays++;
                for (String session : List.of("AM", "PM")) {
                    rows.add(absentUpn + "," + day + "," + session + ",N");
                    rows.add(nineDaysUpn + "," + day + "," + session + "," + (schoolDays == 10 ? "/" : "O"));
                }
            }
        }
        byte[] file = String.join("\n", rows).getBytes(StandardCharsets.UTF_8);
        assertThat(sessions.importRegister(champion, new ByteArrayInputStream(file), file.length, "absence.csv",
                ProgressListener.NONE).errors()).isEmpty();

        InboxTask tell = await().atMost(WAIT).until(() -> step(champion, absent, "Task_TellLocalAuthority"),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(tell.name()).isEqualTo("Tell the local authority: 10 continuous school days of absence");
        assertThat(inbox.task(champion, tell.id()).orElseThrow().variables()).containsEntry("reachedOn", last.toString());
        InboxTask consider = await().atMost(WAIT).until(() -> step(champion, absent,
                "Task_ConsiderNationalFramework"), java.util.Optional::isPresent).orElseThrow();
        assertThat(consider.name()).isEqualTo("Consider a notice to improve or a penalty notice under the national "
                + "framework, or record why not");
        assertThat(inbox.task(champion, consider.id()).orElseThrow().variables()).containsEntry("unauthorisedSessions", 20);
        // the other pupil: 9 days in a row, 18 unauthorised sessions: the national framework step only
        await().atMost(WAIT).until(() -> step(champion, nineDays, "Task_ConsiderNationalFramework").isPresent());
        assertThat(step(champion, nineDays, "Task_TellLocalAuthority")).isEmpty();
    }

    private java.util.Optional<InboxTask> step(UserAccount champion, UUID pupil, String elementId) {
        return inbox.groupTasks(champion, PageRequest.of(0, 200)).getContent().stream()
                .filter(t -> pupil.equals(t.pupilId()) && elementId.equals(t.elementId())).findFirst();
    }

    private UUID register(SchoolInfo school, String upn) {
        return pupils.register(new NewPupil(school.id(), upn, "Pupil", "Absent", LocalDate.of(2012, 5, 1), 9,
                SenStatus.NONE, null));
    }
}
