package org.rejoin.attendance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.rejoin.pupil.ImportResult.LineError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Session marks in SQL. An import streams its checked sessions into a temporary table of the transaction with
 * PostgreSQL's COPY (a few MB of buffer, whatever the file's size), finds sessions given twice there, then
 * replaces each pupil's marks between the first and last date the file gives them, and derives the weekly
 * attendance of the weeks touched. Must run inside a transaction.
 */
@Component
public class SessionStore {

    private static final int FLUSH_BYTES = 256 * 1024;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    SessionStore(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Opens the upload table and a COPY into it; lines written are sent in chunks. */
    Upload startUpload() {
        jdbc.execute("""
                create temporary table session_upload (line bigint not null, pupil_id uuid not null,
                    session_date date not null, session varchar(2) not null, code varchar(2) not null,
                    category varchar(30) not null, minutes_late smallint, comment varchar(1000)) on commit drop""");
        return new Upload(DataSourceUtils.getConnection(dataSource));
    }

    /** Sessions given twice or more in the upload: one problem per later line, naming the first. */
    List<LineError> duplicates(int limit) {
        jdbc.execute("analyze session_upload"); // a temporary table has no statistics until asked
        List<LineError> found = new ArrayList<>();
        jdbc.query("""
                select array_agg(line order by line), session_date, session from session_upload
                group by pupil_id, session_date, session having count(*) > 1""", rs -> {
            Long[] lines = (Long[]) rs.getArray(1).getArray();
            for (int i = 1; i < lines.length && found.size() < limit; i++) {
                found.add(new LineError(lines[i], "The " + rs.getString(3) + " session of " + rs.getDate(2)
                        + " for this pupil is also on line " + lines[0] + ": keep one of them"));
            }
        });
        found.sort(java.util.Comparator.comparingLong(LineError::line));
        return found;
    }

    /** Replaces each pupil's marks between the first and last date of the upload; returns the marks written. */
    int replaceMarks(UUID importId) {
        jdbc.execute("""
                create temporary table session_upload_range on commit drop as
                select pupil_id, min(session_date) as first_date, max(session_date) as last_date
                from session_upload group by pupil_id""");
        jdbc.execute("analyze session_upload_range");
        jdbc.update("""
                delete from session_mark m using session_upload_range r
                where m.pupil_id = r.pupil_id and m.session_date between r.first_date and r.last_date""");
        return jdbc.update("""
                insert into session_mark (pupil_id, session_date, session, code, category, minutes_late, comment,
                    import_id)
                select pupil_id, session_date, session, code, category, minutes_late, comment, ?
                from session_upload order by pupil_id, session_date, session""", importId);
    }

    /**
     * Recomputes the weekly attendance of every week the upload touched for its pupils from their marks (on roll
     * only: between admission and leaving): possible sessions, attendance, absence and the ten weekly symbols.
     */
    void deriveWeeks() {
        jdbc.update("""
                delete from weekly_attendance w using session_upload_range r
                where w.pupil_id = r.pupil_id
                  and w.week_starting between date_trunc('week', r.first_date)::date
                                          and date_trunc('week', r.last_date)::date""");
        jdbc.update(DERIVE_WEEKS, Timestamp.from(Instant.now(clock)));
    }

    private static final String SYMBOL = """
            case when m.code = 'L' then 'L'
                 when m.category in ('PRESENT', 'APPROVED_EDUCATIONAL_ACTIVITY') then '/'
                 when m.category = 'AUTHORISED_ABSENCE' then 'A'
                 when m.category = 'UNAUTHORISED_ABSENCE' then 'U' else '-' end""";

    private static final String DERIVE_WEEKS = """
            insert into weekly_attendance (id, pupil_id, week_starting, sessions_possible, present,
                authorised_absence, unauthorised_absence, late, session_marks, updated_at)
            select gen_random_uuid(), m.pupil_id, date_trunc('week', m.session_date)::date as week,
                   count(*) filter (where m.category <> 'NOT_POSSIBLE'),
                   count(*) filter (where m.category in ('PRESENT', 'APPROVED_EDUCATIONAL_ACTIVITY')),
                   count(*) filter (where m.category = 'AUTHORISED_ABSENCE'),
                   count(*) filter (where m.category = 'UNAUTHORISED_ABSENCE'),
                   count(*) filter (where m.code = 'L'),
                   %s, ?
            from session_mark m
            join session_upload_range r on r.pupil_id = m.pupil_id
            join pupil p on p.id = m.pupil_id
            cross join lateral (select (m.session_date - date_trunc('week', m.session_date)::date) * 2
                                       + case when m.session = 'AM' then 0 else 1 end as n,
                                       %s as symbol) slot
            where m.session_date between date_trunc('week', r.first_date)::date
                                     and date_trunc('week', r.last_date)::date + 6
              and extract(isodow from m.session_date) <= 5
              and m.session_date >= coalesce(p.admission_date, m.session_date)
              and m.session_date <= coalesce(p.leaving_date, m.session_date)
            group by m.pupil_id, date_trunc('week', m.session_date)::date""".formatted(tenSymbols(), SYMBOL);

    /** Monday morning to Friday afternoon, '-' where there is no mark. */
    private static String tenSymbols() {
        return java.util.stream.IntStream.range(0, 10)
                .mapToObj(n -> "coalesce(max(slot.symbol) filter (where slot.n = " + n + "), '-')")
                .collect(java.util.stream.Collectors.joining(" || "));
    }

    /** A COPY into the upload table, fed line by line. */
    final class Upload {
        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 2_048);

        private Upload(Connection connection) {
            this.connection = connection;
            try {
                this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy session_upload (line, pupil_id, session_date, session, code, category, minutes_late, "
                                + "comment) from stdin (format csv)");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not start copying sessions", e);
            }
        }

        void add(SessionLine s) {
            buffer.append(s.line()).append(',').append(s.pupilId()).append(',').append(s.date()).append(',')
                    .append(s.session()).append(',').append(quoted(s.code().mark())).append(',')
                    .append(s.code().category().name()).append(',')
                    .append(s.minutesLate() == null ? "" : s.minutesLate()).append(',')
                    .append(s.comment() == null ? "" : quoted(s.comment())).append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        /** Sends what is left and ends the COPY; the connection stays with the transaction. */
        long finish() {
            flush();
            try {
                return copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not finish copying sessions", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("Could not copy sessions", e));
            }
        }

        private static String quoted(String value) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
    }
}
