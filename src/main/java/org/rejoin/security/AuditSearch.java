package org.rejoin.security;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the audit trail, newest first, paged in PostgreSQL: an administrator the whole trail, a leader what
 * the people of their own school did; anyone else nothing (refused, and the attempt itself audited). Each search
 * is audited too, so looking at who looked is itself on the record.
 */
@Service
public class AuditSearch {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final int MAX_PAGE = 200;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    AuditSearch(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public static boolean maySearch(UserAccount user) {
        return user.hasRole(Role.ADMIN) || (user.hasRole(Role.LEADER) && user.schoolId() != null);
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(UserAccount asking, AuditQuery query, Pageable page) {
        if (!maySearch(asking)) {
            audit.deniedAccess(asking, "audit_trail", null);
            throw new AccessDeniedException("Only administrators and leaders search the audit trail");
        }
        AuditQuery q = query == null ? AuditQuery.ALL : query;
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (asking.hasRole(Role.LEADER)) {
            where.append(" and lower(e.actor) in (select lower(u.username) from app_user u where u.school_id = ?)");
            args.add(asking.schoolId());
        }
        if (!AuditQuery.blank(q.person())) {
            where.append(" and lower(e.actor) = lower(?)");
            args.add(q.person().strip());
        }
        if (!AuditQuery.blank(q.record())) {
            where.append(" and e.subject_id = ?");
            args.add(q.record().strip());
        }
        if (q.from() != null) {
            where.append(" and e.occurred_at >= ?");
            args.add(Timestamp.from(q.from().atStartOfDay(UK).toInstant()));
        }
        if (q.to() != null) {
            where.append(" and e.occurred_at < ?");
            args.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(UK).toInstant()));
        }
        int size = Math.min(page.getPageSize(), MAX_PAGE);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add(page.getOffset());
        List<AuditEvent> rows = jdbc.query("select e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, "
                + "e.detail, (select u.display_name from app_user u where lower(u.username) = lower(e.actor)) "
                + "from audit_event e" + where + " order by e.occurred_at desc, e.id desc limit ? offset ?",
                (rs, n) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                pageArgs.toArray());
        Long total = jdbc.queryForObject("select count(*) from (select 1 from audit_event e" + where
                + " limit 10000) counted", Long.class, args.toArray());
        audit.record(asking.username(), "AUDIT_SEARCHED", "audit_trail", null, describe(q));
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    private static String describe(AuditQuery q) {
        return "person=" + (q.person() == null ? "" : q.person()) + " record=" + (q.record() == null ? "" : q.record())
                + " from=" + (q.from() == null ? "" : q.from()) + " to=" + (q.to() == null ? "" : q.to());
    }
}
