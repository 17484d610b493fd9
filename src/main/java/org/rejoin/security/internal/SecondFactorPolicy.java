package org.rejoin.security.internal;

import org.rejoin.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who must give a code after their password: the roles set, and every designated safeguarding lead. */
@Component
public class SecondFactorPolicy {

    private final JdbcTemplate jdbc;
    private final SecondFactorProperties settings;
    private volatile boolean required;

    SecondFactorPolicy(JdbcTemplate jdbc, SecondFactorProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.required = settings.required();
    }

    public boolean requiredFor(String username) {
        if (!required || username == null) {
            return false;
        }
        return jdbc.query("select role, safeguarding_lead from app_user where username = ? and enabled",
                        (rs, n) -> settings.roles().contains(Role.valueOf(rs.getString(1))) || rs.getBoolean(2),
                        username).stream().findFirst().orElse(false);
    }

    public String issuer() {
        return settings.issuer();
    }

    /** Tests switch it on and off in the one shared application context (the embedded run has it off). */
    void switchOn(boolean on) {
        this.required = on;
    }
}
