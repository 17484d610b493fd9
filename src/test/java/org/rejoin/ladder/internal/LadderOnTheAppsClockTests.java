package org.rejoin.ladder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseService;
import org.rejoin.ladder.LadderRung;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ladder's dates come from the app's clock, not the database's (docs/decisions/0011): with the clock four weeks
 * behind, as in the demo's history, the ladder starts, reaches a rung and ends four weeks ago, and the notices are
 * counted on that day.
 */
@org.rejoin.RejoinTest
class LadderOnTheAppsClockTests {

    static final Duration BEHIND = Duration.ofDays(-28);

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SupportOffered support;

    final Clock behind = Clock.offset(Clock.system(UkDates.ZONE), BEHIND);

    @Test
    void aLadderClimbedWhileTheClockIsBehindIsDatedThen() {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UUID pupil = data.pupil(school, "Laddered");
        UUID caseId = cases.openByHand(champion, pupil, "Mornings missed");
        LadderStore store = new LadderStore(jdbc, behind);
        UUID ladderId = UUID.randomUUID();

        assertThat(store.start(ladderId, caseId, pupil, school.id(), champion.username(), "CASE")).isTrue();
        assertThat(at("select started_at from ladder where id = ?", ladderId)).isCloseTo(fourWeeksAgo(), within(1,
                ChronoUnit.HOURS));
        store.recordRung(System.nanoTime(), ladderId, LadderRung.CONTRACT, null, "Contract agreed", "Dear parent",
                null, LocalDate.now(behind));
        store.end(ladderId, "IMPROVED");

        for (String column : new String[] {"started_at", "rung_since", "ended_at"}) {
            assertThat(at("select " + column + " from ladder where id = ?", ladderId)).as(column)
                    .isCloseTo(fourWeeksAgo(), within(1, ChronoUnit.HOURS));
        }
        assertThat(at("select recorded_at from ladder_rung where ladder_id = ?", ladderId))
                .isCloseTo(fourWeeksAgo(), within(1, ChronoUnit.HOURS));

        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getVariablesAsMap()).thenReturn(Map.of("ladderId", ladderId.toString(), "caseId", caseId.toString(),
                "parentContactId", UUID.randomUUID().toString()));
        assertThat(new NoticeHistoryWorker(store, support, behind).facts(job))
                .containsEntry("noticesCountedOn", LocalDate.now(behind).toString());
    }

    private static Instant fourWeeksAgo() {
        return Instant.now().plus(BEHIND);
    }

    private Instant at(String sql, UUID id) {
        return jdbc.queryForObject(sql, Timestamp.class, id).toInstant();
    }
}
