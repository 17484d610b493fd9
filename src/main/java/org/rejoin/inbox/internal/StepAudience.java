package org.rejoin.inbox.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rejoin.inbox.StepNotice;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who can take an open step, in people rather than group names: its holder if someone holds it, otherwise
 * everyone its candidate groups and users name (a school's role, an agency's partners, named users), as the
 * inbox itself matches them ({@code task_candidate_group}). Plain, unscoped role names reach nobody.
 */
@Component
public class StepAudience {

    private final JdbcTemplate jdbc;
    private final UserService users;

    StepAudience(JdbcTemplate jdbc, UserService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Usernames (email addresses) of the people who can take this open step; empty once it is closed. */
    public List<String> people(UUID taskId) {
        List<String> holder = jdbc.queryForList("select assignee from task where id = ? and state = 'OPEN'",
                String.class, taskId);
        if (holder.isEmpty()) {
            return List.of();
        }
        if (holder.get(0) != null) {
            return List.of(holder.get(0));
        }
        Set<String> people = new LinkedHashSet<>();
        for (String group : jdbc.queryForList("select group_name from task_candidate_group where task_id = ?",
                String.class, taskId)) {
            String[] parts = group.split(":", 3);
            if (parts.length == 2 && parts[0].equals("user")) {
                users.findByUsername(parts[1]).ifPresent(user -> people.add(user.username()));
            } else if (parts.length == 3 && parts[0].equals("school")) {
                members(UUID.fromString(parts[1]), null, parts[2], people);
            } else if (parts.length == 3 && parts[0].equals("agency")) {
                members(null, UUID.fromString(parts[1]), parts[2], people);
            }
        }
        return List.copyOf(people);
    }

    /** Open steps due in [from, to), oldest due first: the reminders' day. */
    public List<StepNotice> dueBetween(Instant from, Instant to, int limit) {
        return jdbc.query("""
                select id, case_id, school_id, agency_id, process_id, element_id, element_name, due_date, assignee
                from task where state = 'OPEN' and due_date >= ? and due_date < ? order by due_date, id limit ?""",
                (rs, i) -> new StepNotice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9)),
                Timestamp.from(from), Timestamp.from(to), limit);
    }

    private void members(UUID schoolId, UUID agencyId, String roleName, Set<String> people) {
        Role role;
        try {
            role = Role.valueOf(roleName);
        } catch (IllegalArgumentException e) {
            return;
        }
        users.membersOf(schoolId, agencyId, role).stream().map(UserAccount::username).forEach(people::add);
    }
}
