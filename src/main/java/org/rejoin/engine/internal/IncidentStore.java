package org.rejoin.engine.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.engine.JobIncident;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The job_incident table. A job failing again after a retry opens its row again. */
@Repository
public class IncidentStore {

    private static final String COLUMNS = "job_key, process_instance_key, bpmn_process_id, element_id, job_type, "
            + "case_id, error_message, failed_at, state, retried_at, retried_by";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IncidentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void opened(long jobKey, long processInstanceKey, String processId, String elementId, String jobType,
                       UUID caseId, String message) {
        jdbc.update("""
                insert into job_incident (job_key, process_instance_key, bpmn_process_id, element_id, job_type,
                                          case_id, error_message, failed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (job_key) do update set error_message = excluded.error_message,
                    failed_at = excluded.failed_at, state = 'OPEN', retried_at = null, retried_by = null""",
                jobKey, processInstanceKey, processId, elementId, jobType, caseId, message,
                Timestamp.from(Instant.now(clock)));
    }

    public List<JobIncident> open(int limit, long offset) {
        return jdbc.query("select " + COLUMNS + " from job_incident where state = 'OPEN' "
                + "order by failed_at desc, job_key limit ? offset ?", IncidentStore::incident, limit, offset);
    }

    public long openCount() {
        Long count = jdbc.queryForObject("select count(*) from job_incident where state = 'OPEN'", Long.class);
        return count == null ? 0 : count;
    }

    public Optional<JobIncident> find(long jobKey) {
        return jdbc.query("select " + COLUMNS + " from job_incident where job_key = ?", IncidentStore::incident,
                jobKey).stream().findFirst();
    }

    public boolean retried(long jobKey, String by) {
        return jdbc.update("update job_incident set state = 'RETRIED', retried_at = ?, retried_by = ? "
                + "where job_key = ? and state = 'OPEN'", Timestamp.from(Instant.now(clock)), by, jobKey) == 1;
    }

    private static JobIncident incident(ResultSet rs, int row) throws SQLException {
        Timestamp retriedAt = rs.getTimestamp("retried_at");
        return new JobIncident(rs.getLong("job_key"), rs.getLong("process_instance_key"),
                rs.getString("bpmn_process_id"), rs.getString("element_id"), rs.getString("job_type"),
                rs.getObject("case_id", UUID.class), rs.getString("error_message"),
                rs.getTimestamp("failed_at").toInstant(), "OPEN".equals(rs.getString("state")),
                retriedAt == null ? null : retriedAt.toInstant(), rs.getString("retried_by"));
    }
}
