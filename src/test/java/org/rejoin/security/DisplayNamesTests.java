package org.rejoin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolInfo;
import org.springframework.beans.factory.annotation.Autowired;

/** Many people named in one query, whatever the case their usernames are written in; unknown ones left out. */
@RejoinTest
class DisplayNamesTests {

    @Autowired UserService users;
    @Autowired TestData data;

    @Test
    void accountsAreNamedByTheirLowerCaseUsernameAndStrangersAreLeftOut() {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, null);
        UserAccount tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");

        Map<String, String> names = users.displayNames(List.of(champion.username().toUpperCase(), tutor.username(),
                "nobody@nowhere.example"));

        assertThat(names).containsOnly(Map.entry(champion.username().toLowerCase(), champion.displayName()),
                Map.entry(tutor.username().toLowerCase(), tutor.displayName()));
        assertThat(users.displayNames(List.of())).isEmpty();
    }
}
