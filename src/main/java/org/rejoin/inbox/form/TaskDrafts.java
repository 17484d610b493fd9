package org.rejoin.inbox.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Drafts of task forms: what one person has typed into one task's form so far, kept in PostgreSQL
 * (one row per task and username) so it can be resumed from any device.
 * <p>
 * This class does no access checks: the caller (the inbox) must have checked that the user may
 * open the task before saving or loading a draft for it, and should pass only the form's own values
 * ({@link FormSchema#knownValues}). Drafts go when the task row goes (on delete cascade); the inbox
 * deletes a draft when its task is submitted.
 */
@Service
public class TaskDrafts {

    /** A draft is a person's typing, not a document store. */
    static final int MAX_CHARS = 200_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    public record Draft(Map<String, Object> values, Instant savedAt) {
    }

    private final JdbcTemplate jdbc;

    private final Clock clock;

    TaskDrafts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves (or replaces) the user's draft for the task and returns when it was saved. */
    public Instant save(UUID taskId, String username, Map<String, Object> values) {
        String json = write(values == null ? Map.of() : values);
        if (json.length() > MAX_CHARS) {
            throw new IllegalArgumentException("This draft is too long to save");
        }
        Timestamp savedAt = jdbc.queryForObject("""
                insert into task_draft (task_id, username, values, saved_at) values (?, ?, ?::jsonb, ?)
                on conflict (task_id, username) do update set values = excluded.values, saved_at = excluded.saved_at
                returning saved_at""", Timestamp.class, taskId, username, json, Timestamp.from(Instant.now(clock)));
        return savedAt.toInstant();
    }

    public Optional<Draft> load(UUID taskId, String username) {
        return jdbc.query("select values, saved_at from task_draft where task_id = ? and username = ?",
                        (rs, n) -> new Draft(read(rs.getString(1)), rs.getTimestamp(2).toInstant()), taskId, username)
                .stream().findFirst();
    }

    public void delete(UUID taskId, String username) {
        jdbc.update("delete from task_draft where task_id = ? and username = ?", taskId, username);
    }

    private static String write(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("This draft cannot be saved", e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            return Map.of(); // a draft that no longer reads is not worth an error page
        }
    }
}
