package org.rejoin.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.Chronology;
import org.rejoin.pupil.SchoolService;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralRequest;
import org.rejoin.referral.ReferralTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A referral is dated by the app's clock, not the wall clock or the database's (docs/decisions/0011): with the
 * clock four weeks behind, as in the demo's history, it is requested, sent, reminded, escalated and accepted four
 * weeks ago, and its answer-by date is counted from that day, so it falls due as the clock comes forward.
 */
@RejoinTest
class ReferralsOnTheAppsClockTests {

    static final Duration BEHIND = Duration.ofDays(-28);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferralTestData fixture;
    @Autowired
    Chronology chronology;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AgencyService agencies;
    @Autowired
    SchoolService schools;
    @Autowired
    ReferralProperties settings;

    final Clock behind = Clock.offset(Clock.system(UkDates.ZONE), BEHIND);
    ReferralTestData.Place place;
    ReferralStore store;
    ReferralRecords records;

    @BeforeEach
    void aReferralMadeWhileTheClockIsFourWeeksBehind() {
        place = fixture.place();
        store = new ReferralStore(jdbc, behind);
        records = new ReferralRecords(jdbc, store, chronology, events, behind);
    }

    @Test
    void everyDateTheReferralRecordsIsTheAppClocksNotTheDatabases() {
        UUID referralId = request();
        records.sent(referralId, place.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared("Mornings",
                "Key adult", true, null), Instant.now(behind).plus(Duration.ofDays(14)), 1L, "test-sent:" + referralId);
        records.reminded(referralId, "test-reminded:" + referralId);
        records.escalated(referralId, "test-escalated:" + referralId);
        records.accepted(referralId, "test-accepted:" + referralId);

        for (String column : new String[] {"requested_at", "sent_at", "reminded_at", "escalated_at", "decided_at"}) {
            assertThat(at(referralId, column)).as(column).isCloseTo(Instant.now().plus(BEHIND),
                    org.assertj.core.api.Assertions.within(1, ChronoUnit.HOURS));
        }
        assertThat(jdbc.queryForList("select happened_at from referral_event where referral_id = ?",
                java.sql.Timestamp.class, referralId)).hasSize(4)
                .allSatisfy(t -> assertThat(t.toInstant()).isBefore(Instant.now().minus(Duration.ofDays(27))));
    }

    @Test
    void aWithdrawalIsDatedByTheAppsClock() {
        UUID referralId = request();

        assertThat(store.withdraw(referralId, "The family moved away", place.champion().username())).isTrue();

        assertThat(at(referralId, "withdrawn_at")).isBefore(Instant.now().minus(Duration.ofDays(27)));
    }

    @Test
    void theAnswerByDateIsCountedInSchoolDaysFromTheAppClocksToday() {
        var worker = new SendToAgencyWorker(records, agencies, schools, settings, behind);

        Instant deadline = worker.acceptDeadline(place.school().id(), 5);

        LocalDate fourWeeksAgo = LocalDate.now(behind);
        assertThat(deadline).isEqualTo(schools.calendar(place.school().id()).addSchoolDays(fourWeeksAgo, 5)
                .atTime(SendToAgencyWorker.END_OF_SCHOOL_DAY).atZone(UkDates.ZONE).toInstant());
        assertThat(deadline).as("five school days from four weeks ago has passed by the wall clock")
                .isBefore(Instant.now());
    }

    private UUID request() {
        UUID referralId = UUID.randomUUID();
        assertThat(store.insert(new ReferralRequest(referralId, place.caseId(), place.pupil(), place.school().id(),
                place.champion().username(), AgencyType.EARLY_HELP, ReferralOrigin.BY_HAND,
                place.champion().username(), "Mornings have broken down"))).isTrue();
        return referralId;
    }

    private Instant at(UUID referralId, String column) {
        return jdbc.queryForObject("select " + column + " from referral where id = ?", java.sql.Timestamp.class,
                referralId).toInstant();
    }
}
