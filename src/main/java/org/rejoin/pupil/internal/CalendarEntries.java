package org.rejoin.pupil.internal;

import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.rejoin.pupil.CalendarEntry;
import org.rejoin.pupil.CalendarEntry.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A school's terms and closures as its administrator lists and changes them. */
@Component
public class CalendarEntries {

    private final JdbcTemplate jdbc;

    CalendarEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarEntry> of(UUID schoolId) {
        return jdbc.query("""
                select id, 'TERM', name, starts_on, ends_on from school_term where school_id = ?
                union all
                select id, 'CLOSURE', reason, starts_on, ends_on from school_closure where school_id = ?
                order by 4, 2 desc""", (rs, n) -> new CalendarEntry(rs.getObject(1, UUID.class),
                Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate()), schoolId, schoolId);
    }

    public void add(UUID schoolId, CalendarEntry e) {
        String sql = e.kind() == Kind.TERM
                ? "insert into school_term (id, school_id, name, starts_on, ends_on) values (?, ?, ?, ?, ?)"
                : "insert into school_closure (id, school_id, reason, starts_on, ends_on) values (?, ?, ?, ?, ?)";
        jdbc.update(sql, e.id(), schoolId, e.name(), Date.valueOf(e.from()), Date.valueOf(e.to()));
    }

    /** True when an entry of the same kind with the same dates is already there (an import run twice). */
    public boolean exists(UUID schoolId, CalendarEntry e) {
        String table = e.kind() == Kind.TERM ? "school_term" : "school_closure";
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from " + table
                + " where school_id = ? and starts_on = ? and ends_on = ?)", Boolean.class, schoolId,
                Date.valueOf(e.from()), Date.valueOf(e.to())));
    }

    public boolean remove(UUID schoolId, UUID entryId) {
        return jdbc.update("delete from school_term where id = ? and school_id = ?", entryId, schoolId)
                + jdbc.update("delete from school_closure where id = ? and school_id = ?", entryId, schoolId) > 0;
    }
}
