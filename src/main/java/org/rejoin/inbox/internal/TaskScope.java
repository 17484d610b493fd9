package org.rejoin.inbox.internal;

import java.util.UUID;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * The step access rule as SQL on the task alias {@code t}: the one definition of which task rows a person
 * reaches, used by every inbox query ({@link StepAccess} adds what SQL cannot say: the case and the current
 * safeguarding leads). Column names are constants, never user input.
 * <ul>
 * <li>school staff (champions, staff, leaders): a step of their school that is theirs (its assignee), offered
 *     to them by name (a candidate user) or to their role (a candidate group); a leader any step of the
 *     school but those offered to an agency's partners, as they may act on school steps;</li>
 * <li>a confidential step (the designated safeguarding lead's response to a concern): only its assignee and
 *     candidate users, never a leader or a role;</li>
 * <li>partners: steps of their agency offered to partners;</li>
 * <li>administrators and local authority officers: none.</li>
 * </ul>
 * Parameters: {@code :scope} (the school or agency), {@code :scopeUser}, {@code :scopeRole}.
 */
public record TaskScope(String column, UUID value, String username, Role role) {

    public static TaskScope of(UserAccount user) {
        if (user.role().belongsToSchool() && user.schoolId() != null) {
            return new TaskScope("school_id", user.schoolId(), user.username(), user.role());
        }
        if (user.role() == Role.PARTNER && user.agencyId() != null) {
            return new TaskScope("agency_id", user.agencyId(), user.username(), user.role());
        }
        return new TaskScope(null, null, user.username(), user.role());
    }

    public boolean reachesNothing() {
        return column == null;
    }

    /** Whose the step is by name: its assignee or a candidate user. */
    private static final String NAMED = "(t.assignee = :scopeUser or :scopeUser = any(t.candidate_users))";

    /** Steps offered to a partner of the agency: agencyId is a process variable, so later school steps carry it too. */
    private static final String PARTNER_STEP = "(t.agency_id = :scope and "
            + "t.candidate_groups && array['PARTNER', 'agency:' || :scope || ':PARTNER'])";

    /** A leader acts on any step of the school but those offered to an agency's partners (its answer is theirs). */
    private static final String NOT_A_PARTNER_STEP = "not exists (select 1 from unnest(t.candidate_groups) g "
            + "where g = 'PARTNER' or g like 'agency:%')";

    /** The steps this person may open, claim, be handed and complete (and whose "case so far" they may read). */
    String sql() {
        if (reachesNothing()) {
            return "false";
        }
        if ("agency_id".equals(column)) {
            return PARTNER_STEP;
        }
        String offered = role == Role.LEADER ? NOT_A_PARTNER_STEP
                : "(" + NAMED + " or t.candidate_groups && array[cast(:scopeRole as text), "
                        + "'school:' || :scope || ':' || :scopeRole])";
        return "(t.school_id = :scope and case when t.confidential then " + NAMED + " else " + offered + " end)";
    }

    /**
     * The steps of a case shown on its page ("where the case is now", "the case so far") to someone who may see
     * the case: every step of the school but a confidential one not theirs; a partner their agency's partner steps.
     */
    String caseSql() {
        if (reachesNothing()) {
            return "false";
        }
        if ("agency_id".equals(column)) {
            return PARTNER_STEP;
        }
        return "(t.school_id = :scope and (not t.confidential or " + NAMED + "))";
    }
}
