package org.rejoin.inbox.internal;

import java.util.UUID;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * The rows a user may reach, as SQL: school staff (champions, staff, leaders) their school's,
 * partners their agency's steps offered to partners, administrators none. Column names are constants,
 * never user input.
 */
public record TaskScope(String column, UUID value) {

    public static TaskScope of(UserAccount user) {
        if (user.role().belongsToSchool() && user.schoolId() != null) {
            return new TaskScope("school_id", user.schoolId());
        }
        if (user.role() == Role.PARTNER && user.agencyId() != null) {
            return new TaskScope("agency_id", user.agencyId());
        }
        return new TaskScope(null, null);
    }

    public boolean reachesNothing() {
        return column == null;
    }

    /**
     * A condition on the task alias {@code t}, with the named parameter {@code :scope}. A partner reaches
     * only steps offered to partners: agencyId is a process variable, so a referral's later school steps
     * (a leader chasing the agency, the champion reviewing the alternatives) carry it too.
     */
    String sql() {
        if (reachesNothing()) {
            return "false";
        }
        return "agency_id".equals(column)
                ? "(t.agency_id = :scope and t.candidate_groups && array['PARTNER', 'agency:' || :scope || ':PARTNER'])"
                : "t." + column + " = :scope";
    }
}
