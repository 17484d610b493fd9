package org.rejoin.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.rejoin.journey.ConcernCases;

/**
 * How a demo school's cases open from its attendance, as after a real import: the decision triages its pupils and
 * each concern opens a case. The year's past cases open first, each on its own day months ago
 * ({@link DemoYearOfCasework}); then the history's few, weeks before today (the app's clock is behind then); the rest
 * open once the clock is back at today, so their deadlines count from today.
 */
record DemoCaseOpening(ConcernCases concernCases, UUID schoolId, String domain, List<UUID> pupilIds, LocalDate lastWeek,
                       List<DemoYearOfCasework.PastCase> pastCases) {

    /** Opens cases pupil by pupil until at least this many are open; how many opened. */
    int openAtLeast(int cases) {
        int opened = 0;
        for (int i = 0; i < pupilIds.size() && opened < cases; i++) {
            opened += concernCases.openCasesForConcerns(schoolId, List.of(pupilIds.get(i)), lastWeek);
        }
        return opened;
    }

    /** A past case's pupil triaged on its day, as that week's import would have (as of the last complete week). */
    boolean openPast(DemoYearOfCasework.PastCase past) {
        LocalDate lastCompleteWeek = past.openedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return concernCases.openCasesForConcerns(schoolId, List.of(past.pupilId()), lastCompleteWeek) == 1;
    }

    /** Every other concern (a pupil whose case is open already keeps it); how many opened. */
    int openTheRest() {
        return concernCases.openCasesForConcerns(schoolId, pupilIds, lastWeek);
    }
}
