package org.rejoin.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.base.ui.UkDates;
import org.rejoin.referral.internal.ReferralRecords;
import org.rejoin.security.Oversight;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Past its answer-by date" is read against the app's clock (docs/decisions/0011), not the database's now(). */
@RejoinTest
class ReferralFiguresOnTheAppsClockTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferralTestData fixture;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralRecords records;

    @Test
    void aSentReferralIsPastItsAnswerByDateOnceTheAppsClockPassesIt() {
        ReferralTestData.Place place = fixture.place();
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP, "Mornings");
        records.sent(referralId, place.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared("Mornings",
                "Key adult at the gate", true, null), Instant.now().plus(Duration.ofDays(7)), 1L,
                "test-sent:" + referralId);
        Oversight leader = Oversight.of(place.leader());

        var today = new ReferralFigures(jdbc, Clock.system(UkDates.ZONE));
        var twoWeeksOn = new ReferralFigures(jdbc, Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(14)));

        assertThat(sentToEarlyHelp(today, leader).pastAnswerBy()).isZero();
        assertThat(sentToEarlyHelp(twoWeeksOn, leader).pastAnswerBy()).isOne();
        assertThat(today.openBySchool(leader).get(place.school().id()).pastAnswerBy()).isZero();
        assertThat(twoWeeksOn.openBySchool(leader).get(place.school().id()).pastAnswerBy()).isOne();
        assertThat(today.cases(leader, AgencyType.EARLY_HELP, ReferralStatus.SENT, true, PageRequest.of(0, 10))
                .getContent()).isEmpty();
        assertThat(twoWeeksOn.cases(leader, AgencyType.EARLY_HELP, ReferralStatus.SENT, true, PageRequest.of(0, 10))
                .getContent()).containsExactly(place.caseId());
    }

    private static ReferralFigures.ReferralCount sentToEarlyHelp(ReferralFigures figures, Oversight scope) {
        return figures.byAgencyAndStatus(scope).stream()
                .filter(c -> c.agencyType() == AgencyType.EARLY_HELP && c.status() == ReferralStatus.SENT)
                .findFirst().orElseThrow();
    }
}
