package org.rejoin.security.internal;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether each school's staff may sign in with a Rejoin password (table {@code school_sign_in}). */
@Component
public class SchoolSignInStore {

    private final JdbcTemplate jdbc;

    SchoolSignInStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True unless the school turned passwords off; a person of no school (officer, partner, admin) always may. */
    public boolean passwordSignIn(UUID schoolId) {
        if (schoolId == null) {
            return true;
        }
        return jdbc.queryForList("select password_sign_in from school_sign_in where school_id = ?", Boolean.class,
                schoolId).stream().findFirst().orElse(true);
    }

    public void setPasswordSignIn(UUID schoolId, boolean allowed, String changedBy) {
        jdbc.update("""
                insert into school_sign_in (school_id, password_sign_in, changed_by) values (?, ?, ?)
                on conflict (school_id) do update set password_sign_in = excluded.password_sign_in,
                    changed_by = excluded.changed_by, changed_at = now()""", schoolId, allowed, changedBy);
    }
}
