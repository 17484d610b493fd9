package org.rejoin.ladder.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.ladder.LadderPosition;
import org.rejoin.ladder.LadderRung;
import org.rejoin.ladder.RungCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ladders and their rungs (tables ladder, ladder_rung). Writes from workers are keyed by job, so idempotent. */
@Repository
public class LadderStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LadderStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** False when the case already has a ladder climbing. */
    public boolean start(UUID ladderId, UUID caseId, UUID pupilId, UUID schoolId, String startedBy, String from) {
        Timestamp now = clockTime();
        return jdbc.update("insert into ladder (id, case_id, pupil_id, school_id, started_by, started_from, started_at, "
                + "rung_since) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", ladderId, caseId, pupilId,
                schoolId, startedBy, from, now, now) == 1;
    }

    /** Now by the app's clock (the database's own would not follow the engine's clock in the demo). */
    private Timestamp clockTime() {
        return Timestamp.from(Instant.now(clock));
    }

    public Optional<LadderRow> ladder(UUID ladderId) {
        return jdbc.query("select id, case_id, pupil_id, school_id, started_by, started_at, rung, ended_at, outcome "
                + "from ladder where id = ?", (rs, n) -> row(rs), ladderId).stream().findFirst();
    }

    /** The case's climbing ladder, else its latest. */
    public Optional<LadderRow> latestOfCase(UUID caseId) {
        return jdbc.query("select id, case_id, pupil_id, school_id, started_by, started_at, rung, ended_at, outcome "
                + "from ladder where case_id = ? order by ended_at is null desc, started_at desc limit 1",
                (rs, n) -> row(rs), caseId).stream().findFirst();
    }

    public void recordRung(long jobKey, UUID ladderId, LadderRung rung, UUID parentContactId, String summary,
                           String letter, Integer amount, LocalDate recordedOn) {
        int added = jdbc.update("insert into ladder_rung (id, ladder_id, job_key, rung, parent_contact_id, summary, "
                + "letter, amount_pounds, recorded_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (job_key) do nothing", UUID.randomUUID(), ladderId, jobKey, rung.name(), parentContactId,
                summary, letter, amount, recordedOn, clockTime());
        if (added == 1) {
            jdbc.update("update ladder set rung = ?, rung_since = ? where id = ?", rung.name(), clockTime(), ladderId);
        }
    }

    public void end(UUID ladderId, String outcome) {
        jdbc.update("update ladder set ended_at = ?, outcome = ? where id = ? and ended_at is null", clockTime(), outcome,
                ladderId);
    }

    /** Support recorded on the case by any of its ladders: a contract (agreed or refused), Early Help, a notice. */
    public List<RungRow> supportRungsOfCase(UUID caseId) {
        return jdbc.query("select r.rung, r.summary, r.letter, r.amount_pounds, r.recorded_on from ladder_rung r "
                + "join ladder l on l.id = r.ladder_id where l.case_id = ? and r.rung in ('CONTRACT', "
                + "'CONTRACT_REFUSED', 'EARLY_HELP', 'NOTICE_TO_IMPROVE') order by r.recorded_at", (rs, n) ->
                new RungRow(LadderRung.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getObject(5, LocalDate.class)), caseId);
    }

    public boolean noticeToImproveIssued(UUID ladderId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from ladder_rung where ladder_id = ? "
                + "and rung = 'NOTICE_TO_IMPROVE')", Boolean.class, ladderId));
    }

    /** Every penalty notice requested for this parent (a contact is one parent of one pupil), oldest first. */
    public List<LocalDate> penaltyNoticesOf(UUID parentContactId) {
        return jdbc.queryForList("select recorded_on from ladder_rung where rung = 'PENALTY_NOTICE' and "
                + "parent_contact_id = ? order by recorded_on", LocalDate.class, parentContactId);
    }

    public List<RungRow> rungs(UUID ladderId) {
        return jdbc.query("select rung, summary, letter, amount_pounds, recorded_on from ladder_rung where ladder_id = ? "
                + "order by recorded_at", (rs, n) -> new RungRow(LadderRung.valueOf(rs.getString(1)), rs.getString(2),
                rs.getString(3), (Integer) rs.getObject(4), rs.getObject(5, LocalDate.class)), ladderId);
    }

    /** Climbing ladders per school per rung, for the schools of one local authority. */
    public List<RungCount> countsInLocalAuthority(String localAuthority) {
        return jdbc.query("select s.id, s.name, l.rung, count(*) from ladder l join school s on s.id = l.school_id "
                + "where l.ended_at is null and s.local_authority = ? group by s.id, s.name, l.rung "
                + "order by s.name, l.rung", (rs, n) -> new RungCount(rs.getObject(1, UUID.class), rs.getString(2),
                LadderRung.valueOf(rs.getString(3)), rs.getLong(4)), localAuthority);
    }

    /** Climbing ladders of one school per case, for the targeting pack. */
    public List<LadderRow> climbingAt(UUID schoolId) {
        return jdbc.query("select id, case_id, pupil_id, school_id, started_by, started_at, rung, ended_at, outcome "
                + "from ladder where school_id = ? and ended_at is null order by started_at", (rs, n) -> row(rs), schoolId);
    }

    private static LadderRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp ended = rs.getTimestamp(8);
        return new LadderRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant(),
                LadderRung.valueOf(rs.getString(7)), ended == null ? null : ended.toInstant(), rs.getString(9));
    }

    public record LadderRow(UUID id, UUID caseId, UUID pupilId, UUID schoolId, String startedBy,
                            java.time.Instant startedAt, LadderRung rung, java.time.Instant endedAt, String outcome) {
        public LadderPosition position() {
            return new LadderPosition(id, rung, startedAt, endedAt != null, outcome);
        }
    }

    public record RungRow(LadderRung rung, String summary, String letter, Integer amount, LocalDate recordedOn) {
    }
}
