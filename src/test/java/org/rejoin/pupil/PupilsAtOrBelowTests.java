package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.targeting.TargetingScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pupils at or below an attendance threshold, on PostgreSQL, against pupils counted by hand (TargetingScenario). */
@RejoinTest
class PupilsAtOrBelowTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired SchoolService schools;

    TargetingScenario s;
    Oversight school;
    LocalDate from;

    @BeforeEach
    void pupilsCountedByHand() {
        s = TargetingScenario.create(jdbc, data, pupils, schools);
        school = Oversight.ofSchool(s.leader(), s.school().id());
        from = schools.schoolYearStart(s.school().id(), LocalDate.now(UkDates.ZONE)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void exactly90And50PercentAreAtOrBelowAndNoSessionsIsNotCounted() {
        assertThat(pupils.figuresSince(school, from)).isEqualTo(new SchoolFigures(6, 5, 2, 79, 120));
        assertThat(pupils.pupilsAtOrBelow(school, from, 90, PageRequest.of(0, 10)).getContent())
                .extracting(PupilSummary::lastName).containsExactly("Dale", "Cole", "Finch", "Eden", "Ashby");
        assertThat(pupils.pupilsAtOrBelow(school, from, 50, PageRequest.of(0, 10)).getContent())
                .extracting(PupilSummary::lastName, PupilSummary::sessionsPresent, PupilSummary::sessionsPossible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dale", 4L, 20L),
                        org.assertj.core.groups.Tuple.tuple("Cole", 10L, 20L));
    }

    @Test
    void onlyWeeksFromTheGivenDateCount() {
        assertThat(pupils.pupilsAtOrBelow(school, from.minusWeeks(7), 90, PageRequest.of(0, 10)).getContent())
                .extracting(PupilSummary::lastName).contains("Brook");
    }

    @Test
    void theListIsPagedAndSortedInTheDatabase() {
        var second = pupils.pupilsAtOrBelow(school, from, 90, PageRequest.of(1, 2));
        assertThat(second.getTotalElements()).isEqualTo(5);
        assertThat(second.getContent()).extracting(PupilSummary::lastName).containsExactly("Finch", "Eden");
        assertThat(pupils.pupilsAtOrBelow(school, from, 90, PageRequest.of(0, 2, Sort.by(Sort.Order.desc("yearGroup"))))
                .getContent()).extracting(PupilSummary::lastName).containsExactly("Dale", "Ashby");
    }

    @Test
    void anOfficerSeesEverySchoolOfTheirAuthorityAndAnotherSchoolsLeaderNothing() {
        assertThat(pupils.pupilsAtOrBelow(Oversight.of(s.officer()), from, 50, PageRequest.of(0, 10)).getContent())
                .extracting(PupilSummary::lastName).containsExactly("Dale", "Hale", "Cole");
        var otherLeader = data.staff(s.sameAuthority(), Role.LEADER, "Headteacher");
        Oversight notTheirs = Oversight.ofSchool(otherLeader, s.school().id());
        assertThat(pupils.pupilsAtOrBelow(notTheirs, from, 90, PageRequest.of(0, 10))).isEmpty();
        assertThat(pupils.figuresSince(notTheirs, from).pupils()).isZero();
    }
}
