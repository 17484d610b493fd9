package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each attendance fact against values worked out by hand from {@link ConcernFixture}'s weeks. */
@org.rejoin.RejoinTest
class AttendanceFactsTests {

    private static final double EPSILON = 1e-9;

    @Autowired
    SchoolService schools;
    @Autowired
    PupilService pupils;
    @Autowired
    ConcernTriage triage;

    ConcernFixture fixture;
    Map<UUID, AttendanceFacts> facts;

    @BeforeEach
    void school() {
        fixture = new ConcernFixture(schools, pupils);
        facts = triage.facts(fixture.school, ConcernFixture.AS_OF).stream()
                .collect(Collectors.toMap(AttendanceFacts::pupilId, Function.identity()));
    }

    @Test
    void everyPupilOfTheSchoolGetsFactsIncludingOneWithoutAttendance() {
        assertThat(facts).hasSize(7);
        assertThat(facts.get(fixture.nothingRecorded))
                .isEqualTo(new AttendanceFacts(fixture.nothingRecorded, 100, 100, 0, 0, 0, false, 0));
    }

    @Test
    void missingEveryMondayForSixWeeksIsASameWeekdayPattern() {
        AttendanceFacts f = facts.get(fixture.mondays);
        assertThat(f.attendance4Weeks()).isCloseTo(80.0, within(EPSILON)); // 32 of 40; week 13 is after as-of
        assertThat(f.attendance12Weeks()).isCloseTo(90.0, within(EPSILON)); // 108 of 120
        assertThat(f.changeSincePreviousHalfTerm()).isCloseTo(-20.0, within(EPSILON)); // 48/60 - 60/60
        assertThat(f.consecutiveDaysMissed()).isZero(); // present on the Friday
        assertThat(f.daysMissedThisHalfTerm()).isEqualTo(6);
        assertThat(f.sameWeekdayPattern()).isTrue();
        assertThat(f.lateSessions4Weeks()).isZero();
    }

    @Test
    void thursdayFridayThenMondayToWednesdayIsFiveDaysInARowSkippingTheWeekendAndDaysWithoutSessions() {
        AttendanceFacts f = facts.get(fixture.fiveInARow);
        assertThat(f.consecutiveDaysMissed()).isEqualTo(5); // Thu, Fri, (weekend), Mon, (Tue -), Wed, Thu, (Fri -)
        assertThat(f.daysMissedThisHalfTerm()).isEqualTo(5);
        assertThat(f.sameWeekdayPattern()).isFalse(); // Thursday holds 2 of 5
        assertThat(f.attendance4Weeks()).isCloseTo(100.0 * 26 / 36, within(EPSILON)); // 10 + 10 + 6 + 0 of 10+10+10+6
        assertThat(f.attendance12Weeks()).isCloseTo(100.0 * 106 / 116, within(EPSILON));
        assertThat(f.changeSincePreviousHalfTerm()).isCloseTo(100.0 * 46 / 56 - 100.0, within(EPSILON));
        assertThat(f.lateSessions4Weeks()).isZero();
    }

    @Test
    void lateSessionsCountOnlyTheLastFourWeeksAndLateIsPresent() {
        AttendanceFacts f = facts.get(fixture.late);
        assertThat(f.lateSessions4Weeks()).isEqualTo(6); // weeks 9-12: 2 + 1 + 3 + 0; week 8's is older
        assertThat(f.attendance4Weeks()).isEqualTo(100.0);
        assertThat(f.attendance12Weeks()).isEqualTo(100.0);
        assertThat(f.changeSincePreviousHalfTerm()).isZero();
        assertThat(f.consecutiveDaysMissed()).isZero();
        assertThat(f.daysMissedThisHalfTerm()).isZero();
        assertThat(f.sameWeekdayPattern()).isFalse();
    }

    @Test
    void weeksWithoutMarksCountInPercentagesButNotInDayFacts() {
        AttendanceFacts f = facts.get(fixture.noMarks);
        assertThat(f.attendance4Weeks()).isCloseTo(90.0, within(EPSILON)); // 36 of 40
        assertThat(f.attendance12Weeks()).isCloseTo(100.0 * 116 / 120, within(EPSILON));
        assertThat(f.changeSincePreviousHalfTerm()).isCloseTo(100.0 * 56 / 60 - 100.0, within(EPSILON));
        assertThat(f.consecutiveDaysMissed()).isZero();
        assertThat(f.daysMissedThisHalfTerm()).isZero();
        assertThat(f.sameWeekdayPattern()).isFalse();
    }

    @Test
    void aSingleMissedSessionIsNotAMissedDay() {
        AttendanceFacts f = facts.get(fixture.good);
        assertThat(f.attendance4Weeks()).isCloseTo(97.5, within(EPSILON));
        assertThat(f.attendance12Weeks()).isCloseTo(100.0 * 119 / 120, within(EPSILON));
        assertThat(f.changeSincePreviousHalfTerm()).isCloseTo(100.0 * 59 / 60 - 100.0, within(EPSILON));
        assertThat(f.consecutiveDaysMissed()).isZero();
        assertThat(f.daysMissedThisHalfTerm()).isZero();
    }

    @Test
    void severeAbsenceWithAnAttendedWednesdayEveryWeek() {
        AttendanceFacts f = facts.get(fixture.severe);
        assertThat(f.attendance4Weeks()).isCloseTo(20.0, within(EPSILON)); // 8 of 40
        assertThat(f.attendance12Weeks()).isCloseTo(100.0 * 88 / 120, within(EPSILON));
        assertThat(f.changeSincePreviousHalfTerm()).isCloseTo(100.0 * 28 / 60 - 100.0, within(EPSILON));
        assertThat(f.consecutiveDaysMissed()).isEqualTo(2); // Thursday and Friday after the last Wednesday
        assertThat(f.daysMissedThisHalfTerm()).isEqualTo(16); // Mon, Tue, Thu, Fri in weeks 9-12
        assertThat(f.sameWeekdayPattern()).isFalse(); // four weekdays with 4 each: none holds half
    }

    @Test
    void factsForAGivenSetOfPupilsAndAnEarlierDate() {
        List<AttendanceFacts> some = triage.triage(List.of(fixture.mondays), ConcernFixture.week(6).plusDays(4))
                .stream().map(TriagedPupil::facts).toList();
        assertThat(some).containsExactly(new AttendanceFacts(fixture.mondays, 100, 100, 0, 0, 0, false, 0));
    }
}
