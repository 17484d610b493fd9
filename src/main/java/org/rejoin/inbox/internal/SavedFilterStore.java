package org.rejoin.inbox.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rejoin.inbox.InboxList;
import org.rejoin.inbox.SavedFilter;
import org.rejoin.inbox.TaskFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Saved inbox filters, always read and written for one username. Saving under a used name replaces it. */
@Component
public class SavedFilterStore {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    SavedFilterStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public SavedFilter save(String username, String name, InboxList list, TaskFilter filter) {
        UUID id = jdbc.queryForObject("""
                insert into saved_task_filter (id, username, name, list, pupil, step, due_within_days, saved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (lower(username), lower(name)) do update set list = excluded.list, pupil = excluded.pupil,
                    step = excluded.step, due_within_days = excluded.due_within_days, saved_at = excluded.saved_at
                returning id""", UUID.class, UUID.randomUUID(), username, name, list.name(), filter.pupil(),
                filter.step(), filter.dueWithinDays(), Timestamp.from(Instant.now(clock)));
        return new SavedFilter(id, name, list, filter);
    }

    public List<SavedFilter> of(String username) {
        return jdbc.query("select id, name, list, pupil, step, due_within_days from saved_task_filter "
                        + "where lower(username) = lower(?) order by lower(name) limit 100",
                (rs, i) -> new SavedFilter(rs.getObject("id", UUID.class), rs.getString("name"),
                        InboxList.valueOf(rs.getString("list")), new TaskFilter(rs.getString("pupil"),
                        rs.getString("step"), (Integer) rs.getObject("due_within_days"))),
                username);
    }

    public boolean delete(String username, UUID id) {
        return jdbc.update("delete from saved_task_filter where id = ? and lower(username) = lower(?)", id, username) == 1;
    }
}
