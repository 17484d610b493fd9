package org.rejoin.targeting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.rejoin.security.Oversight;
import org.rejoin.targeting.ActionStatus;
import org.rejoin.targeting.AgreedAction;
import org.rejoin.targeting.NewAction;
import org.rejoin.targeting.Responsible;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Actions agreed at targeting meetings, each with the meeting that agreed it and the one that closed it. */
@Component
public class ActionStore {

    private static final String COLUMNS = """
            select a.id, a.school_id, a.agreed_at, agreed.held_on, a.action, a.responsible, a.responsible_name,
                   a.due_on, a.status, a.closed_at, closed.held_on, a.closing_note
            from targeting_action a
            join targeting_meeting agreed on agreed.id = a.agreed_at
            left join targeting_meeting closed on closed.id = a.closed_at
            where """;

    private final JdbcTemplate jdbc;

    ActionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID schoolId, UUID meetingId, int position, NewAction action) {
        jdbc.update("""
                insert into targeting_action (id, school_id, agreed_at, position, action, responsible, responsible_name,
                                              due_on) values (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), schoolId,
                meetingId, position, action.action(), action.responsible().name(), action.responsibleName(),
                action.dueOn() == null ? null : Date.valueOf(action.dueOn()));
    }

    /** Closes an action still open; false if it is not (closed meanwhile, or not the school's). */
    public boolean close(Oversight scope, UUID actionId, ActionStatus status, UUID meetingId, String note) {
        Object[] where = scope.args(actionId);
        Object[] args = new Object[where.length + 3];
        args[0] = status.name();
        args[1] = meetingId;
        args[2] = note;
        System.arraycopy(where, 0, args, 3, where.length);
        return jdbc.update("update targeting_action set status = ?, closed_at = ?, closing_note = ? where "
                + scope.schools("school_id") + " and id = ? and status = 'OPEN'", args) == 1;
    }

    /** The school's actions still open, soonest due first (those without a date last), then oldest agreed. */
    public Page<AgreedAction> open(Oversight scope, Pageable page) {
        String where = scope.schools("a.school_id") + " and a.status = 'OPEN'";
        List<AgreedAction> rows = jdbc.query(COLUMNS + where + " order by a.due_on nulls last, agreed.held_on, "
                + "a.position, a.id limit ? offset ?", (rs, n) -> action(rs),
                scope.args(page.getPageSize(), page.getOffset()));
        Long total = jdbc.queryForObject("select count(*) from targeting_action a where " + where, Long.class,
                scope.args());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /** Of these actions, those still open and the school's. */
    public List<AgreedAction> openAmong(Oversight scope, Collection<UUID> actionIds) {
        return jdbc.query(COLUMNS + scope.schools("a.school_id") + " and a.status = 'OPEN' and a.id = any(?)",
                (rs, n) -> action(rs), scope.args((Object) actionIds.toArray(UUID[]::new)));
    }

    /** The actions these meetings agreed or closed, in the order they were agreed. */
    public List<AgreedAction> ofMeetings(Oversight scope, Collection<UUID> meetingIds) {
        UUID[] ids = meetingIds.toArray(UUID[]::new);
        return jdbc.query(COLUMNS + scope.schools("a.school_id")
                        + " and (a.agreed_at = any(?) or a.closed_at = any(?)) order by agreed.held_on, a.position, a.id",
                (rs, n) -> action(rs), scope.args(ids, ids));
    }

    private static AgreedAction action(ResultSet rs) throws SQLException {
        return new AgreedAction(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getDate(4).toLocalDate(), rs.getString(5), Responsible.valueOf(rs.getString(6)), rs.getString(7),
                date(rs.getDate(8)), ActionStatus.valueOf(rs.getString(9)), rs.getObject(10, UUID.class),
                date(rs.getDate(11)), rs.getString(12));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
