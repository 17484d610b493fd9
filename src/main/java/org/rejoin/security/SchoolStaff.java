package org.rejoin.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works at a school, for processes choosing people (a team around a pupil, the safeguarding lead a
 * concern goes to) and for showing names instead of usernames. Only enabled accounts are offered.
 */
@Service
public class SchoolStaff {

    /** The most staff a team picker offers; a secondary school's pastoral and teaching staff fit well within it. */
    static final int MAX_OFFERED = 500;

    private static final RowMapper<StaffMember> MEMBER = (rs, n) -> new StaffMember(rs.getString(1), rs.getString(2),
            rs.getString(3), Role.valueOf(rs.getString(4)), rs.getBoolean(5));

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    SchoolStaff(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record StaffMember(String username, String displayName, String jobTitle, Role role,
                              boolean safeguardingLead) {

        /** "Ms Patel (Head of Year 9)". */
        public String label() {
            return jobTitle == null || jobTitle.isBlank() ? displayName : displayName + " (" + jobTitle + ")";
        }
    }

    /** Enabled staff of the school with one of the roles, by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> of(UUID schoolId, Role... roles) {
        String[] names = java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
        return jdbc.query("""
                select username, display_name, job_title, role, safeguarding_lead from app_user
                where school_id = ? and enabled and role = any(?) order by display_name, username limit ?""",
                MEMBER, schoolId, names, MAX_OFFERED);
    }

    /** The enabled member of this school with this username, if any. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> member(UUID schoolId, String username) {
        return jdbc.query("""
                select username, display_name, job_title, role, safeguarding_lead from app_user
                where school_id = ? and enabled and lower(username) = lower(?)""", MEMBER, schoolId, username)
                .stream().findFirst();
    }

    /** Usernames a safeguarding concern goes to: the designated safeguarding leads, else the school's leaders. */
    @Transactional(readOnly = true)
    public List<String> safeguardingLeads(UUID schoolId) {
        List<String> leads = jdbc.queryForList("""
                select username from app_user where school_id = ? and enabled and safeguarding_lead
                order by username""", String.class, schoolId);
        return leads.isEmpty() ? jdbc.queryForList("""
                select username from app_user where school_id = ? and enabled and role = 'LEADER'
                order by username""", String.class, schoolId) : leads;
    }

    @Transactional(readOnly = true)
    public boolean isSafeguardingLead(UserAccount user) {
        return user.schoolId() != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from app_user where id = ? and safeguarding_lead)", Boolean.class, user.id()));
    }

    /** Names the school's designated safeguarding lead (or removes the designation); administrators only. */
    @Transactional
    public void designateSafeguardingLead(UserAccount asking, UUID userId, boolean lead) {
        if (!asking.hasRole(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only administrators name safeguarding leads");
        }
        int changed = jdbc.update("update app_user set safeguarding_lead = ? where id = ? and school_id is not null",
                lead, userId);
        if (changed == 0) {
            throw new IllegalArgumentException("Only staff of a school can be its safeguarding lead");
        }
        audit.accountChanged(asking, userId, lead ? "named designated safeguarding lead"
                : "no longer designated safeguarding lead");
    }
}
