package org.rejoin.targeting.internal;

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
import org.rejoin.security.Oversight;
import org.rejoin.targeting.Meeting;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Targeting meetings in PostgreSQL; every read goes through the oversight of the person asking. */
@Component
public class MeetingStore {

    private static final String COLUMNS = "select m.id, m.school_id, m.held_on, m.attendees, m.notes, m.recorded_by, "
            + "m.recorded_at, (select u.display_name from app_user u where lower(u.username) = lower(m.recorded_by)) "
            + "from targeting_meeting m where ";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(Meeting meeting) {
        jdbc.update("insert into targeting_meeting (id, school_id, held_on, attendees, notes, recorded_by, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)", meeting.id(), meeting.schoolId(),
                Date.valueOf(meeting.heldOn()), meeting.attendees(), meeting.notes(), meeting.recordedBy(),
                Timestamp.from(Instant.now(clock)));
    }

    public Optional<Meeting> find(Oversight scope, UUID meetingId) {
        return jdbc.query(COLUMNS + scope.schools("m.school_id") + " and m.id = ?", (rs, n) -> meeting(rs),
                scope.args(meetingId)).stream().findFirst();
    }

    /** The date of the school's latest meeting, if it has had one. */
    public Optional<LocalDate> latestHeldOn(Oversight scope) {
        Date latest = jdbc.queryForObject("select max(m.held_on) from targeting_meeting m where "
                + scope.schools("m.school_id"), Date.class, scope.args());
        return Optional.ofNullable(latest).map(Date::toLocalDate);
    }

    public boolean heldOn(Oversight scope, LocalDate day) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from targeting_meeting m where "
                + scope.schools("m.school_id") + " and m.held_on = ?)", Boolean.class, scope.args(Date.valueOf(day))));
    }

    /** Newest first. */
    public Page<Meeting> page(Oversight scope, Pageable page) {
        List<Meeting> rows = jdbc.query(COLUMNS + scope.schools("m.school_id")
                        + " order by m.held_on desc, m.id limit ? offset ?", (rs, n) -> meeting(rs),
                scope.args(page.getPageSize(), page.getOffset()));
        Long total = jdbc.queryForObject("select count(*) from targeting_meeting m where "
                + scope.schools("m.school_id"), Long.class, scope.args());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8));
    }
}
