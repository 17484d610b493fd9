package org.rejoin.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * The one place that says which candidate groups a user belongs to, and how a group named in BPMN
 * is tied to a school or agency. BPMN may say a plain role ("ATTENDANCE_CHAMPION"); the inbox
 * stores it scoped by the task's school ("school:&lt;id&gt;:ATTENDANCE_CHAMPION") or agency
 * ("agency:&lt;id&gt;:PARTNER"), so a champion never sees another school's task through a shared role name.
 * Candidate users are matched the same way, as "user:&lt;username&gt;".
 */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    /** The names a user's inbox matches: scoped role, plain role, and the user themself. */
    public static Set<String> of(UserAccount user) {
        Set<String> groups = new LinkedHashSet<>();
        if (user.role().belongsToSchool() && user.schoolId() != null) {
            groups.add(school(user.schoolId(), user.role()));
            groups.add(user.role().name());
        } else if (user.role() == Role.PARTNER && user.agencyId() != null) {
            groups.add(agency(user.agencyId(), user.role()));
            groups.add(user.role().name());
        } else {
            return Set.of();
        }
        groups.add(user(user.username()));
        return groups;
    }

    public static String school(UUID schoolId, Role role) {
        return "school:" + schoolId + ":" + role.name();
    }

    public static String agency(UUID agencyId, Role role) {
        return "agency:" + agencyId + ":" + role.name();
    }

    public static String user(String username) {
        return "user:" + username;
    }

    /** A group as BPMN names it, tied to the task's school or agency when it is a plain role name. */
    public static String scoped(String group, UUID schoolId, UUID agencyId) {
        String name = group.trim();
        if (name.contains(":")) {
            return name; // already scoped, e.g. computed by a FEEL expression
        }
        Role role = roleNamed(name);
        if (role != null && role.belongsToSchool() && schoolId != null) {
            return school(schoolId, role);
        }
        if (role == Role.PARTNER && agencyId != null) {
            return agency(agencyId, role);
        }
        return name;
    }

    /** Every name a task with these candidates can be found under. */
    public static Set<String> forTask(List<String> groups, List<String> users, UUID schoolId, UUID agencyId) {
        Set<String> names = new LinkedHashSet<>();
        groups.forEach(g -> names.add(scoped(g, schoolId, agencyId)));
        users.forEach(u -> names.add(user(u.trim())));
        return names;
    }

    private static Role roleNamed(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
