package org.rejoin.support.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.support.PartTimeState;
import org.rejoin.support.PartTimeTimetable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Part-time timetables from proposal to review. One is open per case at a time (the process holds one
 * proposal's answers), so each step of the sub-process acts on the case's open one.
 */
@Component
public class PartTimeStore {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    PartTimeStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new proposal; refused while another is open. */
    public void propose(UUID id, UUID caseId, String by) {
        try {
            jdbc.update("""
                    insert into part_time_timetable (id, case_id, school_id, proposed_by, proposed_at)
                    select ?, case_id, school_id, ?, ? from support_plan where case_id = ?""", id, by, clockTime(),
                    caseId);
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("This pupil already has a part-time timetable in progress: it has to be "
                    + "signed off, refused or reviewed before another is proposed", e);
        }
    }

    /** The lead champion's record; a proposal made outside Rejoin gets its row here. */
    public void record(UUID caseId, String by, String reason, String day, LocalDate start, LocalDate end,
                       Boolean agreement) {
        int updated = jdbc.update("""
                update part_time_timetable set state = 'AWAITING_SIGN_OFF', recorded_by = ?, reason = ?,
                    reduced_day = ?, start_date = ?, end_date = ?, parental_agreement = ?
                where case_id = ? and state = 'PROPOSED'""", by, reason, day, date(start), date(end), agreement, caseId);
        if (updated == 0) {
            jdbc.update("""
                    insert into part_time_timetable (id, case_id, school_id, state, recorded_by, reason, reduced_day,
                        start_date, end_date, parental_agreement, proposed_at)
                    select ?, case_id, school_id, 'AWAITING_SIGN_OFF', ?, ?, ?, ?, ?, ?, ? from support_plan
                    where case_id = ? on conflict do nothing""", UUID.randomUUID(), by, reason, day, date(start), date(end),
                    agreement, clockTime(), caseId);
        }
    }

    /** Withdraws the case's proposal not yet signed off; its id, or empty if there is none. */
    public Optional<UUID> withdraw(UUID caseId, String by, String reason) {
        return jdbc.queryForList("""
                update part_time_timetable set state = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = ?,
                    withdraw_reason = ?
                where case_id = ? and state in ('PROPOSED', 'AWAITING_SIGN_OFF') returning id""", UUID.class, by,
                clockTime(), reason, caseId).stream().findFirst();
    }

    public void signOff(UUID caseId, String by, Instant at, boolean approved, String notes) {
        jdbc.update("""
                update part_time_timetable set state = ?, signed_off_by = ?, signed_off_at = ?, decision_notes = ?
                where case_id = ? and state = 'AWAITING_SIGN_OFF'""", approved ? "APPROVED" : "REFUSED", by,
                Timestamp.from(at), notes, caseId);
    }

    public void review(UUID caseId, String by, Instant at, String outcome, String notes) {
        jdbc.update("""
                update part_time_timetable set state = 'REVIEWED', review_outcome = ?, review_notes = ?,
                    reviewed_by = ?, reviewed_at = ?
                where case_id = ? and state = 'APPROVED'""", outcome, notes, by, Timestamp.from(at), caseId);
    }

    public void expired(UUID caseId, String action, String notes) {
        jdbc.update("""
                update part_time_timetable set expiry_action = ?, expiry_notes = ?
                where case_id = ? and state = 'APPROVED'""", action, notes, caseId);
    }

    /** The newest {@code limit}, newest first. */
    public List<PartTimeTimetable> latest(UUID caseId, int limit) {
        return jdbc.query("""
                select state, proposed_by, proposed_at, reason, reduced_day, start_date, end_date, parental_agreement,
                       signed_off_by, decision_notes, review_outcome, review_notes, withdraw_reason
                from part_time_timetable where case_id = ? order by proposed_at desc, id limit ?""",
                PartTimeStore::row, caseId, limit);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static PartTimeTimetable row(ResultSet rs, int i) throws SQLException {
        Date start = rs.getDate("start_date");
        Date end = rs.getDate("end_date");
        return new PartTimeTimetable(PartTimeState.valueOf(rs.getString("state")), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("reason"), rs.getString("reduced_day"),
                start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
                rs.getObject("parental_agreement", Boolean.class), rs.getString("signed_off_by"),
                rs.getString("decision_notes"), rs.getString("review_outcome"), rs.getString("review_notes"),
                rs.getString("withdraw_reason"));
    }

    /** Now by the app's clock (the database's own would not follow the engine's clock in the demo). */
    private Timestamp clockTime() {
        return Timestamp.from(Instant.now(clock));
    }
}
