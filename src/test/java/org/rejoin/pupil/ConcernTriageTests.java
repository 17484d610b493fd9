package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole triage, facts from SQL and the decision from the engine, for a school of our own. */
@org.rejoin.RejoinTest
class ConcernTriageTests {

    @Autowired
    SchoolService schools;
    @Autowired
    PupilService pupils;
    @Autowired
    ConcernTriage triage;

    @Test
    void triagesEveryPupilOfTheSchool() {
        ConcernFixture fixture = new ConcernFixture(schools, pupils);
        Map<UUID, TriagedPupil> triaged = triage.triage(fixture.school, ConcernFixture.AS_OF).stream()
                .collect(Collectors.toMap(TriagedPupil::pupilId, t -> t));

        assertThat(triaged).hasSize(7);
        expect(triaged.get(fixture.mondays), ConcernOutcome.START_JOURNEY, "Persistently absent"); // 12 weeks: 90%
        expect(triaged.get(fixture.fiveInARow), ConcernOutcome.URGENT, "Five or more school days missed in a row");
        expect(triaged.get(fixture.late), ConcernOutcome.MONITOR, "Late five or more times in 4 weeks");
        expect(triaged.get(fixture.noMarks), ConcernOutcome.START_JOURNEY, "dropped 5 points"); // 90%, -6.7 points
        expect(triaged.get(fixture.nothingRecorded), ConcernOutcome.NO_ACTION, "where it should be");
        expect(triaged.get(fixture.good), ConcernOutcome.NO_ACTION, "where it should be");
        expect(triaged.get(fixture.severe), ConcernOutcome.URGENT, "Missed half or more");
    }

    @Test
    void triagesTheOneHundredAndFiftyDemoPupilsOfASchool() {
        var demo = schools.all().stream().filter(s -> s.name().equals("Northfield Academy")).findFirst();
        Assumptions.assumeTrue(demo.isPresent(), "the demo data was not seeded");
        long began = System.nanoTime();
        List<AttendanceFacts> facts = triage.facts(demo.get().id(), LocalDate.now());
        long factsDone = System.nanoTime();
        List<TriagedPupil> triaged = triage.triage(demo.get().id(), LocalDate.now());
        long done = System.nanoTime();
        System.out.printf("Concern triage of %d demo pupils: facts query %d ms, facts + %d decisions %d ms; %s%n",
                triaged.size(), (factsDone - began) / 1_000_000, triaged.size(), (done - factsDone) / 1_000_000,
                triaged.stream().collect(Collectors.groupingBy(TriagedPupil::outcome, Collectors.counting())));
        assertThat(facts).hasSize(150);
        assertThat(triaged).hasSize(150);
    }

    private static void expect(TriagedPupil triaged, ConcernOutcome outcome, String reason) {
        assertThat(triaged.outcome()).as("outcome for %s", triaged.facts()).isEqualTo(outcome);
        assertThat(triaged.reason()).contains(reason);
    }
}
