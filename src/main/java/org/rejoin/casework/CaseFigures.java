package org.rejoin.casework;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.internal.CaseScope;
import org.rejoin.casework.internal.CaseStore;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Figures from the cases: open cases by stage, the cases behind each, and the rows a drill-down list
 * shows, over the schools the person oversees (nothing for anyone who oversees none).
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
    public Map<CaseStage, Long> openByStage(Oversight scope) {
        Map<CaseStage, Long> counts = new EnumMap<>(CaseStage.class);
        if (scope.isEmpty()) {
            return counts;
        }
        counts.put(CaseStage.UNDERSTANDING, 0L);
        counts.put(CaseStage.SUPPORT_PLAN, 0L);
        openBySchoolAndStage(scope).values()
                .forEach(bySchool -> bySchool.forEach((stage, n) -> counts.merge(stage, n, Long::sum)));
        return counts;
    }

    /** Open cases of each school by stage; a school without open cases is absent. */
    public Map<UUID, Map<CaseStage, Long>> openBySchoolAndStage(Oversight scope) {
        Map<UUID, Map<CaseStage, Long>> counts = new HashMap<>();
        jdbc.query("select school_id, stage, count(*) from pupil_case where " + scope.schools("school_id")
                + " and state = 'OPEN' group by school_id, stage", rs -> {
                    counts.computeIfAbsent(rs.getObject(1, UUID.class), s -> new EnumMap<>(CaseStage.class))
                            .put(CaseStage.valueOf(rs.getString(2)), rs.getLong(3));
                }, scope.args());
        return counts;
    }

    /** Open cases at this stage, oldest first. */
    public Page<UUID> openAtStage(Oversight scope, CaseStage stage, Pageable page) {
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        String where = " from pupil_case where " + scope.schools("school_id") + " and state = 'OPEN' and stage = ?";
        List<UUID> ids = jdbc.queryForList("select id" + where + " order by opened_at, id limit ? offset ?",
                UUID.class, scope.args(stage.name(), page.getPageSize(), page.getOffset()));
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, scope.args(stage.name()));
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    /** A pupil's open case and where it is. */
    public record OpenCase(UUID caseId, UUID pupilId, CaseStage stage) {
    }

    /** The open case of each of these pupils that has one, by pupil; pupils of a school not overseen are left out. */
    public Map<UUID, OpenCase> openCasesOfPupils(Oversight scope, Collection<UUID> pupilIds) {
        Map<UUID, OpenCase> open = new HashMap<>();
        if (scope.isEmpty() || pupilIds.isEmpty()) {
            return open;
        }
        jdbc.query("select id, pupil_id, stage from pupil_case where " + scope.schools("school_id")
                + " and state = 'OPEN' and pupil_id = any(?)", rs -> {
                    OpenCase c = new OpenCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            CaseStage.valueOf(rs.getString(3)));
                    open.put(c.pupilId(), c);
                }, scope.args((Object) pupilIds.toArray(UUID[]::new)));
        return open;
    }

    /** The cases a drill-down list shows, in the order given; any of a school not overseen are left out. */
    public List<CaseSummary> summaries(Oversight scope, List<UUID> caseIds) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return cases.summaries(caseIds, new CaseScope(scope.schools("c.school_id"), List.of(scope.args())));
    }
}
