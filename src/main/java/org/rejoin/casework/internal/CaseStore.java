package org.rejoin.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseOrigin;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.CaseSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Cases in PostgreSQL: one open case per pupil (a partial unique index), every read through a {@link CaseScope}. */
@Component
public class CaseStore {

    private static final String SUMMARY = """
            select c.id, c.pupil_id, coalesce(nullif(btrim(p.preferred_first_name), ''), p.first_name) || ' ' || p.last_name, p.upn, p.year_group, c.school_id, c.state,
                   c.stage, c.origin, c.reason, c.opened_at, c.lead_champion, lc.display_name,
                   c.opened_by, c.concern_outcome, c.journey_started_at, c.closed_at, c.closed_reason
            from pupil_case c
            join pupil p on p.id = c.pupil_id
            left join app_user lc on lower(lc.username) = lower(c.lead_champion)
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens a case unless the pupil has one open; returns the new case's id, or empty. */
    public Optional<UUID> openIfNone(UUID pupilId, UUID schoolId, CaseOrigin origin, String concernOutcome,
                                     String reason, String openedBy) {
        UUID id = UUID.randomUUID();
        List<UUID> inserted = jdbc.queryForList("""
                insert into pupil_case (id, pupil_id, school_id, origin, concern_outcome, reason, opened_by, opened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (pupil_id) where state = 'OPEN' do nothing returning id""", UUID.class,
                id, pupilId, schoolId, origin.name(), concernOutcome, reason, openedBy, timestamp());
        return inserted.stream().findFirst();
    }

    public Optional<UUID> openCaseOfPupil(UUID pupilId) {
        return jdbc.queryForList("select id from pupil_case where pupil_id = ? and state = 'OPEN'", UUID.class, pupilId)
                .stream().findFirst();
    }

    public Optional<CaseDetails> find(UUID caseId, CaseScope scope) {
        return jdbc.query(SUMMARY + " where c.id = ? and " + scope.condition(), (rs, n) -> details(rs),
                scope.with(caseId)).stream().findFirst();
    }

    /** The school of a case, for system callers (workers) that act on the process's behalf. */
    public Optional<UUID> schoolOf(UUID caseId) {
        return jdbc.queryForList("select school_id from pupil_case where id = ?", UUID.class, caseId).stream().findFirst();
    }

    public Page<CaseSummary> list(CaseScope scope, CaseState state, Pageable page) {
        if (scope.reachesNothing()) {
            return Page.empty(page);
        }
        String where = " where " + scope.condition() + (state == null ? "" : " and c.state = '" + state.name() + "'");
        List<CaseSummary> rows = jdbc.query(SUMMARY + where + " order by c.opened_at desc, c.id limit ? offset ?",
                (rs, n) -> summary(rs), scope.then(page.getPageSize(), page.getOffset()));
        Long total = jdbc.queryForObject("select count(*) from pupil_case c" + where, Long.class, scope.then());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /** These cases, in the order given, those out of scope left out. */
    public List<CaseSummary> summaries(List<UUID> caseIds, CaseScope scope) {
        if (caseIds.isEmpty() || scope.reachesNothing()) {
            return List.of();
        }
        var rows = jdbc.query(SUMMARY + " where c.id = any(?) and " + scope.condition(), (rs, n) -> summary(rs),
                scope.with((Object) caseIds.toArray(UUID[]::new)));
        return caseIds.stream().flatMap(id -> rows.stream().filter(r -> r.id().equals(id))).toList();
    }

    public List<CaseSummary> casesOfPupil(UUID pupilId, CaseScope scope) {
        return jdbc.query(SUMMARY + " where c.pupil_id = ? and " + scope.condition() + " order by c.opened_at desc",
                (rs, n) -> summary(rs), scope.with(pupilId));
    }

    public List<UUID> openCasesOfPupils(List<UUID> pupilIds) {
        return jdbc.queryForList("select id from pupil_case where state = 'OPEN' and pupil_id = any(?)", UUID.class,
                (Object) pupilIds.toArray(UUID[]::new));
    }

    public void markJourneyStarted(UUID caseId) {
        jdbc.update("update pupil_case set journey_started_at = coalesce(journey_started_at, ?) where id = ?",
                timestamp(), caseId);
    }

    public void setStage(UUID caseId, CaseStage stage) {
        jdbc.update("update pupil_case set stage = ? where id = ? and state = 'OPEN'", stage.name(), caseId);
    }

    /** Closes an open case; false if it was already closed. */
    public boolean close(UUID caseId, String reason) {
        return jdbc.update("""
                update pupil_case set state = 'CLOSED', stage = 'CLOSED', closed_at = ?, closed_reason = ?
                where id = ? and state = 'OPEN'""", timestamp(), reason, caseId) == 1;
    }

    public void setLeadAndKeyAdult(UUID caseId, String leadChampion, String keyAdult) {
        jdbc.update("update pupil_case set lead_champion = coalesce(?, lead_champion), key_adult = coalesce(?, key_adult) "
                + "where id = ?", leadChampion, keyAdult, caseId);
    }

    public void addMember(UUID caseId, String username, CaseDetails.TeamRole role) {
        jdbc.update("insert into case_member (case_id, username, team_role, added_at) values (?, ?, ?, ?) "
                + "on conflict do nothing", caseId, username, role.name(), timestamp());
    }

    List<CaseDetails.TeamMember> team(UUID caseId) {
        return jdbc.query("""
                select m.username, coalesce(u.display_name, m.username), u.job_title, m.team_role
                from case_member m left join app_user u on lower(u.username) = lower(m.username)
                where m.case_id = ? order by m.team_role, 2""",
                (rs, n) -> new CaseDetails.TeamMember(rs.getString(1), rs.getString(2), rs.getString(3),
                        CaseDetails.TeamRole.valueOf(rs.getString(4))), caseId);
    }

    private CaseDetails details(ResultSet rs) throws SQLException {
        CaseSummary summary = summary(rs);
        return new CaseDetails(summary, rs.getString(14), rs.getString(15), instant(rs.getTimestamp(16)),
                instant(rs.getTimestamp(17)), rs.getString(18), team(summary.id()));
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getObject(6, UUID.class), CaseState.valueOf(rs.getString(7)),
                CaseStage.valueOf(rs.getString(8)), CaseOrigin.valueOf(rs.getString(9)), rs.getString(10),
                rs.getTimestamp(11).toInstant(), rs.getString(12), rs.getString(13));
    }

    /** The app's "now" for a timestamp column (never the database's: docs/decisions/0011). */
    private Timestamp timestamp() {
        return Timestamp.from(Instant.now(clock));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
