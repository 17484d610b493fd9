package org.rejoin.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseDetails.TeamRole;
import org.rejoin.casework.CaseOrigin;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.pupil.SchoolInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case's own records (the day it opened, its journey starting, its team, its chronology, its documents, the day it
 * closed) carry the app's clock, not the database's: with the clock four weeks back, as the demo's history runs,
 * they are dated four weeks ago (docs/decisions/0011).
 */
@RejoinTest
class CaseRecordsDatedByTheAppsClockTests {

    private static final Duration FOUR_WEEKS = Duration.ofDays(28);

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    private final Clock fourWeeksBack = Clock.offset(Clock.system(UkDates.ZONE), FOUR_WEEKS.negated());

    @Test
    void aCaseWorkedWhileTheClockIsBackIsDatedThenNotToday() {
        SchoolInfo school = data.school();
        UUID pupil = data.pupil(school, "Clockwell");
        CaseStore cases = new CaseStore(jdbc, fourWeeksBack);
        Instant from = Instant.now(fourWeeksBack).minusSeconds(1);

        UUID caseId = cases.openIfNone(pupil, school.id(), CaseOrigin.BY_HAND, null, "Missed most of October",
                "champion").orElseThrow();
        cases.markJourneyStarted(caseId);
        cases.addMember(caseId, "champion", TeamRole.LEAD_CHAMPION);
        new ChronologyStore(jdbc, fourWeeksBack).record(NewEntry.bySystem(caseId, EntryKind.NOTE, "Called home", null,
                null));
        new DocumentStore(jdbc, fourWeeksBack).insert(UUID.randomUUID(), caseId, "letter.txt", "text/plain",
                "Dear parent".getBytes(StandardCharsets.UTF_8), null, "champion");
        assertThat(cases.close(caseId, "Back in school")).isTrue();
        Instant to = Instant.now(fourWeeksBack).plusSeconds(1);

        var dates = jdbc.queryForMap("""
                select c.opened_at, c.journey_started_at, c.closed_at, m.added_at, e.occurred_at, d.uploaded_at
                from pupil_case c
                join case_member m on m.case_id = c.id
                join case_entry e on e.case_id = c.id
                join case_document d on d.case_id = c.id
                where c.id = ?""", caseId);
        assertThat(dates).hasSize(6);
        dates.forEach((column, value) -> assertThat(((Timestamp) value).toInstant()).as(column).isBetween(from, to));
        assertThat(to).isBefore(Instant.now().minus(FOUR_WEEKS.minusDays(1)));
    }

    @Test
    void anEntryThatSaysWhenItHappenedKeepsThatTime() {
        SchoolInfo school = data.school();
        UUID pupil = data.pupil(school, "Ticktock");
        UUID caseId = new CaseStore(jdbc, fourWeeksBack)
                .openIfNone(pupil, school.id(), CaseOrigin.BY_HAND, null, "Often late", "champion").orElseThrow();
        Instant told = Instant.parse("2026-01-12T09:30:00Z");

        new ChronologyStore(jdbc, fourWeeksBack).record(new NewEntry(caseId, EntryKind.MEETING, told, "champion",
                "Met the family", "At school", null, null));

        assertThat(jdbc.queryForObject("select occurred_at from case_entry where case_id = ?", Timestamp.class, caseId)
                .toInstant()).isEqualTo(told);
    }
}
