package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.AdminTestData;
import org.rejoin.TestData;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.StaffAccounts;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/** The set-up checklist of a new school says in words what is missing, step by step, until all is done. */
@org.rejoin.RejoinTest
class SetupChecklistTests {

    @Autowired
    SetupChecklist checklist;
    @Autowired
    AdminTestData adminData;
    @Autowired
    TestData data;
    @Autowired
    RosterService roster;
    @Autowired
    ContactService contacts;
    @Autowired
    StaffAccounts staff;

    @Test
    void aNewSchoolStartsWithEverythingToDoAndStepsAreTickedOffAsTheyAreDone() {
        UserAccount admin = data.admin();
        SchoolDetails registered = adminData.school(admin, adminData.localAuthority(admin));
        SchoolInfo school = new SchoolInfo(registered.id(), registered.urn(), registered.name(),
                registered.localAuthority());

        List<SetupStep> empty = checklist.stepsFor(admin, school.id());
        assertThat(empty).extracting(SetupStep::title).containsExactly("Term dates", "Staff accounts", "Pupil roster",
                "Parents and carers", "First attendance import");
        assertThat(empty).noneMatch(SetupStep::done);
        assertThat(empty.get(1).whatIsMissing()).contains("No attendance champion").contains("No leader");

        TestData.addTerms(schoolService, school.id());
        UserAccount leader = data.staff(school, Role.LEADER, "Head");
        data.staff(school, Role.ATTENDANCE_CHAMPION, null);
        staff.markSafeguardingLead(admin, leader.id(), true);
        String upn = TestData.randomUpn();
        roster.importRoster(admin, school.id(), ("UPN,Forename,Surname,DOB,Year\n" + upn + ",Ann,Able,2012-01-01,9\n")
                .getBytes(StandardCharsets.UTF_8), "r.csv", null);

        List<SetupStep> later = checklist.stepsFor(leader, school.id());
        assertThat(later).extracting(SetupStep::done).containsExactly(true, true, true, false, false);
        assertThat(later.get(3).whatIsMissing()).startsWith("1 pupils on roll have no parent or carer");
        assertThat(SetupChecklist.allDone(later)).isFalse();
        UserAccount teacher = data.staff(school, Role.SCHOOL_STAFF, null);
        assertThatThrownBy(() -> checklist.stepsFor(teacher, school.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Autowired
    SchoolService schoolService;

}
