package org.rejoin.casework;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.internal.CaseScope;
import org.rejoin.casework.internal.CaseStore;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A leader's figures from the cases: open cases of their school by stage, the cases behind each, and
 * the rows a drill-down list shows. Leaders only; anyone else gets nothing.
 */
@Component
public class CaseFigures {

    private final JdbcTemplate jdbc;
    private final CaseStore cases;

    CaseFigures(JdbcTemplate jdbc, CaseStore cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** Open cases by stage, every open stage present (zero where there are none). */
    public Map<CaseStage, Long> openByStage(UserAccount leader) {
        Map<CaseStage, Long> counts = new EnumMap<>(CaseStage.class);
        if (leader.schoolLed().isEmpty()) {
            return counts;
        }
        counts.put(CaseStage.UNDERSTANDING, 0L);
        counts.put(CaseStage.SUPPORT_PLAN, 0L);
        jdbc.query("select stage, count(*) from pupil_case where school_id = ? and state = 'OPEN' group by stage",
                rs -> {
                    counts.put(CaseStage.valueOf(rs.getString(1)), rs.getLong(2));
                }, leader.schoolLed().get());
        return counts;
    }

    /** Open cases at this stage, oldest first. */
    public Page<UUID> openAtStage(UserAccount leader, CaseStage stage, Pageable page) {
        UUID school = leader.schoolLed().orElse(null);
        if (school == null) {
            return Page.empty(page);
        }
        String where = " from pupil_case where school_id = ? and state = 'OPEN' and stage = ?";
        List<UUID> ids = jdbc.queryForList("select id" + where + " order by opened_at, id limit ? offset ?",
                UUID.class, school, stage.name(), page.getPageSize(), page.getOffset());
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, school, stage.name());
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    /** The cases a drill-down list shows, in the order given; any not of the leader's school are left out. */
    public List<CaseSummary> summaries(UserAccount leader, List<UUID> caseIds) {
        if (leader.schoolLed().isEmpty()) {
            return List.of();
        }
        return cases.summaries(caseIds, CaseScope.of(leader, false));
    }
}
