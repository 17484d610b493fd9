package org.rejoin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

class CandidateGroupsTests {

    UUID school = UUID.randomUUID();
    UUID agency = UUID.randomUUID();

    @Test
    void aPlainRoleInBpmnIsTiedToTheTasksSchoolOrAgency() {
        assertThat(CandidateGroups.forTask(List.of("ATTENDANCE_CHAMPION", "PARTNER"), List.of("senco@x"), school, agency))
                .containsExactly("school:" + school + ":ATTENDANCE_CHAMPION", "agency:" + agency + ":PARTNER",
                        "user:senco@x");
        assertThat(CandidateGroups.scoped("school:abc:LEADER", school, null)).isEqualTo("school:abc:LEADER");
        assertThat(CandidateGroups.scoped("ATTENDANCE_CHAMPION", null, null)).isEqualTo("ATTENDANCE_CHAMPION");
    }

    @Test
    void aChampionsGroupsAreTheirRoleAtTheirSchoolAndAnAdministratorHasNone() {
        var champion = new UserAccount(UUID.randomUUID(), "c@x", "C", null, Role.ATTENDANCE_CHAMPION, school, null);
        assertThat(CandidateGroups.of(champion)).containsExactly("school:" + school + ":ATTENDANCE_CHAMPION",
                "ATTENDANCE_CHAMPION", "user:c@x");
        var partner = new UserAccount(UUID.randomUUID(), "p@x", "P", null, Role.PARTNER, null, agency);
        assertThat(CandidateGroups.of(partner)).contains("agency:" + agency + ":PARTNER");
        var admin = new UserAccount(UUID.randomUUID(), "a@x", "A", null, Role.ADMIN, null, null);
        assertThat(CandidateGroups.of(admin)).isEmpty();
    }
}
