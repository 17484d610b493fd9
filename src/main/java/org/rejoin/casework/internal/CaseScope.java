package org.rejoin.casework.internal;

import java.util.List;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * The cases a user may reach, as a SQL condition on the case alias {@code c}: champions and leaders reach
 * every case of their school; other school staff only cases whose team they are in, or all of their
 * school's cases if they are a designated safeguarding lead; partners and administrators none (partners
 * will reach pupils only through referrals to their agency).
 */
public record CaseScope(String condition, List<Object> parameters) {

    /** No user: a process acting on the case's own behalf. */
    public static final CaseScope EVERY_CASE = new CaseScope("true", List.of());

    public static CaseScope of(UserAccount user, boolean safeguardingLead) {
        if (!user.role().belongsToSchool() || user.schoolId() == null) {
            return new CaseScope("false", List.of());
        }
        if (user.role() == Role.ATTENDANCE_CHAMPION || user.role() == Role.LEADER || safeguardingLead) {
            return new CaseScope("c.school_id = ?", List.of(user.schoolId()));
        }
        return new CaseScope("c.school_id = ? and exists (select 1 from case_member m "
                + "where m.case_id = c.id and lower(m.username) = lower(?))", List.of(user.schoolId(), user.username()));
    }

    public boolean reachesNothing() {
        return "false".equals(condition);
    }

    Object[] with(Object... leading) {
        Object[] all = new Object[leading.length + parameters.size()];
        System.arraycopy(leading, 0, all, 0, leading.length);
        for (int i = 0; i < parameters.size(); i++) {
            all[leading.length + i] = parameters.get(i);
        }
        return all;
    }

    Object[] then(Object... trailing) {
        Object[] all = new Object[parameters.size() + trailing.length];
        for (int i = 0; i < parameters.size(); i++) {
            all[i] = parameters.get(i);
        }
        System.arraycopy(trailing, 0, all, parameters.size(), trailing.length);
        return all;
    }
}
