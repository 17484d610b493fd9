package org.rejoin.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.router.RouterLink;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.casework.CaseSummary;
import org.rejoin.insight.OverviewScenario;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overview opens with what needs attention first: counts of cases that each open the list of those
 * cases, counted over the leader's school (or the officer's authority) and nobody else's.
 */
class NeedsAttentionFirstTests extends ViewTestSupport {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    OverviewScenario s;

    @BeforeEach
    void aSchoolCountedByHandWithOneStalledPlan() {
        s = OverviewScenario.create(jdbc, data);
        Instant now = Instant.now();
        review(s.c3(), now.minus(1, ChronoUnit.DAYS), "stalled");
        // c4 stalled once, then its next review found the step achieved: not stalled now
        review(s.c4(), now.minus(9, ChronoUnit.DAYS), "stalled");
        review(s.c4(), now.minus(2, ChronoUnit.DAYS), "achieved");
    }

    @Test
    void theLeaderSeesTheCountsFirstAndEachOpensItsCases() {
        signInAs(s.leader().username());
        navigate("overview");
        OverviewView page = _get(OverviewView.class);

        assertThat(page.getComponentAt(1)).isSameAs(page.attention);
        assertThat(page.attention.links).extracting(l -> l.getElement().getTextRecursively()).containsExactly(
                "2cases with a step nobody has claimed", "3cases with an overdue step",
                "1cases with a step due in the next 7 days", "1support plans stalled at their latest review",
                "3cases waiting on an agency to answer a referral");

        assertThat(open(0, s.leader())).containsExactlyInAnyOrder(s.c2(), s.c3());
        assertThat(open(1, s.leader())).containsExactlyInAnyOrder(s.c1(), s.c2(), s.c4());
        assertThat(open(2, s.leader())).containsExactly(s.c1());
        assertThat(open(3, s.leader())).containsExactly(s.c3());
        assertThat(open(4, s.leader())).containsExactlyInAnyOrder(s.c1(), s.c2(), s.c3());
        assertThat(_get(OverviewCasesView.class).title.getText())
                .isEqualTo("Cases waiting on an agency to answer a referral");
    }

    @Test
    void aLeaderOfAnotherSchoolSeesNoneOfTheseCases() {
        OverviewScenario other = OverviewScenario.create(jdbc, data);
        List<UUID> ours = List.of(s.c1(), s.c2(), s.c3(), s.c4(), s.c5(), s.c6());
        signInAs(other.leader().username());
        navigate("overview");

        // the other school has the same cases but no stalled plan
        assertThat(_get(OverviewView.class).attention.links).extracting(l -> l.getElement().getTextRecursively().replaceAll("^(\\d+).*$", "$1"))
                .containsExactly("2", "3", "1", "0", "3");
        for (int i = 0; i < 5; i++) {
            assertThat(open(i, other.leader())).as("list %d", i).doesNotContainAnyElementsOf(ours);
        }
        for (String list : List.of("unclaimed", "overdue-steps", "due-this-week", "stalled-plans", "waiting-on-agencies")) {
            navigate("overview/cases?list=" + list + "&school=" + s.school().id());
            assertThat(rows()).as(list).isEmpty();
        }
    }

    @Test
    void anOfficerCountsEverySchoolOfTheirAuthority() {
        String authority = TestData.newLocalAuthority();
        OverviewScenario a = OverviewScenario.create(jdbc, data, data.school(authority));
        OverviewScenario b = OverviewScenario.create(jdbc, data, data.school(authority));
        signInAs(data.localAuthorityOfficer(authority).username());
        navigate("overview");

        assertThat(_get(OverviewView.class).attention.links).extracting(l -> l.getElement().getTextRecursively().replaceAll("^(\\d+).*$", "$1"))
                .containsExactly("4", "6", "2", "0", "6");
        RouterLinkKt._click(_get(OverviewView.class).attention.links.get(1));
        assertThat(rows()).containsExactlyInAnyOrder(a.c1(), a.c2(), a.c4(), b.c1(), b.c2(), b.c4());
    }

    private List<UUID> open(int count, UserAccount who) {
        navigate("overview");
        RouterLinkKt._click(_get(OverviewView.class).attention.links.get(count));
        return rows();
    }

    private List<UUID> rows() {
        OverviewCasesView list = _get(OverviewCasesView.class);
        return IntStream.range(0, GridKt._size(list.grid)).mapToObj(i -> GridKt._get(list.grid, i))
                .map(CaseSummary::id).toList();
    }

    private void review(UUID caseId, Instant at, String outcome) {
        jdbc.update("insert into plan_review (task_id, case_id, reviewed_at, reviewed_by, outcome) values (?, ?, ?, ?, ?)",
                UUID.randomUUID(), caseId, Timestamp.from(at), "test", outcome);
    }
}
