package org.rejoin.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The schools whose figures a person may see, as a SQL condition on a school-id column: a leader their own
 * school, a local authority officer every school of their authority (or one of them, once narrowed), anyone
 * else none. It is made only from a signed-in account, so no figure can be asked for a school nobody oversees.
 */
public final class Oversight {

    private static final Oversight NONE = new Oversight("false", List.of(), false);

    private final String condition;
    private final List<Object> parameters;
    private final boolean manySchools;

    private Oversight(String condition, List<Object> parameters, boolean manySchools) {
        this.condition = condition;
        this.parameters = List.copyOf(parameters);
        this.manySchools = manySchools;
    }

    public static Oversight of(UserAccount user) {
        if (user.role() == Role.LEADER && user.schoolId() != null) {
            return new Oversight("%s = ?", List.of(user.schoolId()), false);
        }
        if (user.role() == Role.LOCAL_AUTHORITY && user.localAuthority() != null) {
            return new Oversight("%s in (select s.id from school s where s.local_authority = ?)",
                    List.of(user.localAuthority()), true);
        }
        return NONE;
    }

    /**
     * Only this school, if it is one the person oversees; otherwise nothing at all. A leader's other school
     * is refused here; an officer's school of another authority counts nothing in SQL (see {@code isEmpty}).
     */
    public static Oversight ofSchool(UserAccount user, UUID school) {
        Oversight all = of(user);
        if (all.isEmpty() || school == null || (!all.manySchools && !school.equals(user.schoolId()))) {
            return NONE;
        }
        return new Oversight("(%s = ? and " + all.condition.formatted("?::uuid") + ")",
                withSchoolTwice(school, all), false);
    }

    private static List<Object> withSchoolTwice(UUID school, Oversight all) {
        var parameters = new ArrayList<>(List.<Object>of(school, school));
        parameters.addAll(all.parameters);
        return parameters;
    }

    /** The condition on this school-id column (qualified as the query needs, e.g. {@code t.school_id}). */
    public String schools(String column) {
        return condition.formatted(column);
    }

    /** The condition's parameters followed by the query's own, for a query whose condition comes first. */
    public Object[] args(Object... following) {
        Object[] all = new Object[parameters.size() + following.length];
        for (int i = 0; i < parameters.size(); i++) {
            all[i] = parameters.get(i);
        }
        System.arraycopy(following, 0, all, parameters.size(), following.length);
        return all;
    }

    /** Nothing: for a page that found the school it names is not one the person oversees. */
    public static Oversight none() {
        return NONE;
    }

    /** True when it is known without asking the database that nothing is overseen. */
    public boolean isEmpty() {
        return this == NONE;
    }

    /** True for a local authority's view across its schools, whose pages compare schools. */
    public boolean manySchools() {
        return manySchools;
    }
}
