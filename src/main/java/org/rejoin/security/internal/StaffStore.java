package org.rejoin.security.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.rejoin.security.AccountStatus;
import org.rejoin.security.NewStaffMember;
import org.rejoin.security.Role;
import org.rejoin.security.StaffAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Staff accounts and their invitations, as administrators change them. */
@Component
public class StaffStore {

    /**
     * What an invited account holds until its invitation is used: not a bcrypt hash, so no password ever matches
     * it, and cheap to write for a file of hundreds (bcrypt takes ~80 ms an account here).
     */
    static final String NO_PASSWORD_YET = "!invited";

    private static final RowMapper<StaffAccount> STAFF = (rs, n) -> new StaffAccount(rs.getObject(1, UUID.class),
            rs.getString(2), rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)),
            rs.getObject(6, UUID.class), rs.getBoolean(7), status(rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10)));
    /** Locked: too many failed sign-ins with this name, not yet unlocked by time or an administrator (issue 21). */
    private static final String COLUMNS = "select id, username, display_name, job_title, role, school_id, "
            + "safeguarding_lead, enabled, password_set, exists (select 1 from sign_in_throttle t where t.kind = "
            + "'ACCOUNT' and t.subject = lower(username) and t.locked_until > now()) from app_user ";

    private final JdbcTemplate jdbc;

    StaffStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static AccountStatus status(boolean enabled, boolean passwordSet, boolean locked) {
        return !enabled ? AccountStatus.DEACTIVATED : !passwordSet ? AccountStatus.INVITED
                : locked ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
    }

    public List<StaffAccount> ofSchool(UUID schoolId) {
        return jdbc.query(COLUMNS + "where school_id = ? order by enabled desc, display_name, username", STAFF, schoolId);
    }

    public Optional<StaffAccount> find(UUID id) {
        return jdbc.query(COLUMNS + "where id = ?", STAFF, id).stream().findFirst();
    }

    /** The addresses among these (lower case) that already sign in to Rejoin. */
    public Set<String> taken(Collection<String> emails) {
        Set<String> found = new TreeSet<>();
        List<String> all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += 1_000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
            jdbc.query("select lower(username) from app_user where lower(username) = any(?)", ps -> {
                Array array = ps.getConnection().createArrayOf("varchar", chunk.toArray());
                ps.setArray(1, array);
            }, rs -> {
                found.add(rs.getString(1));
            });
        }
        return found;
    }

    public void insertInvited(List<UUID> ids, UUID schoolId, List<NewStaffMember> members) {
        List<Object[]> rows = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            NewStaffMember m = members.get(i);
            rows.add(new Object[] {ids.get(i), m.email(), m.displayName(), m.jobTitle(), NO_PASSWORD_YET,
                    m.role().name(), schoolId, m.safeguardingLead()});
        }
        jdbc.batchUpdate("""
                insert into app_user (id, username, display_name, job_title, password_hash, role, school_id,
                    safeguarding_lead, enabled, password_set)
                values (?, ?, ?, ?, ?, ?, ?, ?, true, false)""", rows);
    }

    public void insertInvitations(List<UUID> userIds, List<String> tokenHashes, String createdBy, Instant expiresAt) {
        List<Object[]> rows = new ArrayList<>(userIds.size());
        for (int i = 0; i < userIds.size(); i++) {
            rows.add(new Object[] {UUID.randomUUID(), userIds.get(i), tokenHashes.get(i), createdBy,
                    Timestamp.from(expiresAt)});
        }
        jdbc.batchUpdate("insert into account_invitation (id, user_id, token_hash, created_by, expires_at) "
                + "values (?, ?, ?, ?, ?)", rows);
    }

    /** Earlier links of this account stop working. */
    public void withdrawInvitations(UUID userId) {
        jdbc.update("update account_invitation set withdrawn = true where user_id = ? and used_at is null", userId);
    }

    public void changeRole(UUID userId, Role role) {
        jdbc.update("update app_user set role = ? where id = ?", role.name(), userId);
    }

    public void setSafeguardingLead(UUID userId, boolean lead) {
        jdbc.update("update app_user set safeguarding_lead = ? where id = ?", lead, userId);
    }

    public void deactivate(UUID userId) {
        jdbc.update("update app_user set enabled = false, deactivated_at = now() where id = ?", userId);
    }

    public void reactivate(UUID userId) {
        jdbc.update("update app_user set enabled = true, deactivated_at = null where id = ?", userId);
    }

    /** The enabled account a live, unused, unexpired invitation with this hash is for. */
    public Optional<StaffAccount> invited(String tokenHash) {
        return jdbc.query(COLUMNS.replace("from app_user", "from app_user u") + """
                where u.enabled and exists (select 1 from account_invitation i where i.user_id = u.id
                    and i.token_hash = ? and i.used_at is null and not i.withdrawn and i.expires_at > now())""",
                STAFF, tokenHash).stream().findFirst();
    }

    /** Uses the invitation and sets the password; false if someone used it first. */
    public boolean usePassword(String tokenHash, UUID userId, String passwordHash) {
        int used = jdbc.update("""
                update account_invitation set used_at = now()
                where token_hash = ? and user_id = ? and used_at is null and not withdrawn and expires_at > now()""",
                tokenHash, userId);
        if (used == 0) {
            return false;
        }
        jdbc.update("update app_user set password_hash = ?, password_set = true, "
                + "password_changed_at = now() where id = ?", passwordHash, userId);
        withdrawInvitations(userId);
        return true;
    }
}
