package org.rejoin.insight;

import java.util.UUID;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;

/**
 * The schools a page of the overview counts: all the person oversees, or the one school the page names
 * ({@code ?school=<id>}), which must be one of them; a school they do not oversee counts nothing.
 */
public final class OverviewScope {

    private OverviewScope() {
    }

    public static Oversight of(UserAccount user, CaseListFilter filter) {
        return of(user, filter.get("school"));
    }

    public static Oversight of(UserAccount user, String school) {
        if (school == null || school.isBlank()) {
            return Oversight.of(user);
        }
        try {
            return Oversight.ofSchool(user, UUID.fromString(school));
        } catch (IllegalArgumentException notAnId) {
            return Oversight.ofSchool(user, null);
        }
    }
}
