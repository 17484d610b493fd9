package org.rejoin.pupil.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.rejoin.pupil.AttendanceImportSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of attendance uploads, and the bulk UPN look-up an import needs. */
@Component
public class AttendanceImportStore {

    /** UPNs per query: one round trip each, and a parameter array PostgreSQL handles easily. */
    static final int UPN_CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AttendanceImportStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The ids of this school's pupils among the given UPNs; a UPN of another school is simply absent. */
    public Map<String, UUID> pupilsOfSchoolByUpn(UUID schoolId, Collection<String> upns, IntConsumer upnsChecked) {
        List<String> all = List.copyOf(upns);
        Map<String, UUID> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += UPN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + UPN_CHUNK));
            jdbc.query("select upn, id from pupil where upn = any(?) and school_id = ?", ps -> {
                Array array = ps.getConnection().createArrayOf("varchar", chunk.toArray());
                ps.setArray(1, array);
                ps.setObject(2, schoolId);
            }, rs -> {
                found.put(rs.getString(1), rs.getObject(2, UUID.class));
            });
            upnsChecked.accept(from + chunk.size());
        }
        return found;
    }

    /** Every pupil of the school, by UPN. */
    public Map<String, UUID> pupilsOfSchool(UUID schoolId) {
        Map<String, UUID> found = new HashMap<>();
        jdbc.query("select upn, id from pupil where school_id = ?",
                rs -> {
                    found.put(rs.getString(1), rs.getObject(2, UUID.class));
                }, schoolId);
        return found;
    }

    public Map<String, UUID> pupilsOfSchoolByMisId(UUID schoolId) {
        Map<String, UUID> found = new HashMap<>();
        jdbc.query("select mis_id, id from pupil where school_id = ? and mis_id is not null",
                rs -> {
                    found.put(rs.getString(1), rs.getObject(2, UUID.class));
                }, schoolId);
        return found;
    }

    public void record(UUID id, UUID schoolId, UUID userId, String fileName, int rowsRead, int rowsImported,
                       int pupilsAffected, LocalDate firstWeek, LocalDate lastWeek, AttendanceImportSummary.Status status,
                       int errorCount) {
        jdbc.update("""
                insert into attendance_import (id, school_id, imported_by, file_name, rows_read, rows_imported,
                    pupils_affected, first_week, last_week, status, error_count, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, schoolId, userId, fileName, rowsRead, rowsImported, pupilsAffected, date(firstWeek), date(lastWeek),
                status.name(), errorCount, Timestamp.from(Instant.now(clock)));
    }

    public List<AttendanceImportSummary> lastImports(UUID schoolId, int limit) {
        return jdbc.query("""
                select i.id, i.imported_at, u.display_name, i.file_name, i.rows_read, i.rows_imported, i.pupils_affected,
                       i.first_week, i.last_week, i.status, i.error_count
                from attendance_import i join app_user u on u.id = i.imported_by
                where i.school_id = ? order by i.imported_at desc, i.id limit ?""",
                (rs, n) -> new AttendanceImportSummary(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        localDate(rs.getDate(8)), localDate(rs.getDate(9)),
                        AttendanceImportSummary.Status.valueOf(rs.getString(10)), rs.getInt(11)),
                schoolId, limit);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
