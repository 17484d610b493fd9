package org.rejoin.family.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.base.ui.UkDates;
import org.rejoin.family.FamilyCase;
import org.rejoin.family.FamilyMember;
import org.rejoin.family.FamilyPage;
import org.rejoin.family.FamilyWord;
import org.rejoin.pupil.AttendanceWeek;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the family page records about the case is dated by the app's clock, not the database's
 * (docs/decisions/0011): with the clock four weeks behind, as in the demo's history, an invitation, the family's
 * words, the school's answer and a withdrawal are dated four weeks ago, and the page's attendance weeks end then.
 */
@org.rejoin.RejoinTest
class FamilyOnTheAppsClockTests {

    static final Duration BEHIND = Duration.ofDays(-28);

    @Autowired
    FamilyCase families;
    @Autowired
    JdbcTemplate jdbc;

    final Clock behind = Clock.offset(Clock.system(UkDates.ZONE), BEHIND);

    @Test
    void anInvitationTheFamilysWordsTheAnswerAndAWithdrawalAreDatedByTheAppsClock() {
        FamilyCase.Made made = families.make();
        FamilyStore store = new FamilyStore(jdbc, behind);
        var member = new FamilyMember(UUID.randomUUID(), made.caseId(), made.school().id(), made.mother().id(), false,
                "Mum", "mum-" + UUID.randomUUID() + "@example.org", made.champion().username(), null, null);
        UUID wordId = UUID.randomUUID();

        store.insert(member);
        store.insertWord(wordId, made.caseId(), member.id(), FamilyWord.Kind.CHANGE, Map.of("change", "Later starts"));
        store.insertAnswer(wordId, made.caseId(), "We can start at ten");
        assertThat(store.withdraw(member.id(), made.champion().username())).isTrue();

        FamilyMember recorded = store.member(member.id()).orElseThrow();
        assertThat(recorded.invitedAt()).isCloseTo(fourWeeksAgo(), within(1, ChronoUnit.HOURS));
        assertThat(recorded.withdrawnAt()).isCloseTo(fourWeeksAgo(), within(1, ChronoUnit.HOURS));
        assertThat(store.word(wordId).orElseThrow().givenAt()).isCloseTo(fourWeeksAgo(), within(1, ChronoUnit.HOURS));
        assertThat(store.answers(made.caseId()).get(wordId).answeredAt())
                .isCloseTo(fourWeeksAgo(), within(1, ChronoUnit.HOURS));
    }

    @Test
    void thePageShowsTheTwelveWeeksBeforeTheAppClocksToday() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        List<AttendanceWeek> weeks = List.of(week(monday.minusWeeks(13)), week(monday.minusWeeks(11)), week(monday));

        assertThat(FamilyPages.weeks(weeks, today)).extracting(FamilyPage.Week::weekStarting)
                .containsExactly(monday.minusWeeks(11), monday);
    }

    private static AttendanceWeek week(LocalDate monday) {
        return new AttendanceWeek(UUID.randomUUID(), monday, 10, 8, 1, 1, 0, null);
    }

    private static Instant fourWeeksAgo() {
        return Instant.now().plus(BEHIND);
    }
}
