package org.rejoin.security;

import java.util.UUID;

/**
 * Who may administer what. A system administrator keeps the register of local authorities, schools and
 * agencies and may act for any school; a school administrator acts for their own school alone (its staff
 * accounts, roster, contacts and calendar). Services ask here and treat anything else as not found.
 */
public final class AdminScope {

    private AdminScope() {
    }

    public static boolean isSystemAdmin(UserAccount user) {
        return user != null && user.role() == Role.ADMIN;
    }

    /** True when this person may administer the school: a system administrator, or that school's administrator. */
    public static boolean administers(UserAccount user, UUID schoolId) {
        if (user == null || schoolId == null) {
            return false;
        }
        return user.role() == Role.ADMIN || (user.role() == Role.SCHOOL_ADMIN && schoolId.equals(user.schoolId()));
    }

    /** True for either kind of administrator, before a particular school is known. */
    public static boolean isAdministrator(UserAccount user) {
        return user != null && (user.role() == Role.ADMIN || user.role() == Role.SCHOOL_ADMIN);
    }

    /**
     * Refuses, as "not found", a school this person does not administer, and records the attempt; a page
     * cannot tell a school of someone else's from one that does not exist.
     */
    public static void requireSchool(UserAccount user, UUID schoolId, AuditTrail audit) {
        if (!administers(user, schoolId)) {
            audit.deniedAccess(user, "school", schoolId);
            throw new RecordNotFoundException("No such school");
        }
    }

    /** Refuses, as "not found", anything but a system administrator, and records the attempt. */
    public static void requireSystemAdmin(UserAccount user, String subjectType, Object subjectId, AuditTrail audit) {
        if (!isSystemAdmin(user)) {
            audit.deniedAccess(user, subjectType, subjectId);
            throw new RecordNotFoundException("Not found");
        }
    }
}
