package org.rejoin.insight;

import java.util.Optional;
import java.util.UUID;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * The schools a page of the overview or the outcomes counts: all the person oversees, or the one school the
 * page names ({@code ?school=<id>}), looked up once. A school they do not oversee (another school, another
 * authority's, or no school at all) counts nothing, and the page can say so.
 */
@Component
public class OverviewScope {

    /** What the page counts, and the school it is about when it names one. */
    public record Resolved(Oversight oversight, Optional<SchoolInfo> school) {

        /** The page named a school that is not the person's to see (or they oversee none). */
        public boolean refused() {
            return oversight.isEmpty();
        }
    }

    private final SchoolService schools;

    OverviewScope(SchoolService schools) {
        this.schools = schools;
    }

    public Resolved resolve(UserAccount user, String school) {
        if (school == null || school.isBlank()) {
            return new Resolved(Oversight.of(user), Optional.empty());
        }
        Oversight one;
        try {
            one = Oversight.ofSchool(user, UUID.fromString(school));
        } catch (IllegalArgumentException notAnId) {
            one = Oversight.none();
        }
        // an officer's school of another authority is only known to be outside in the database
        Optional<SchoolInfo> named = one.isEmpty() ? Optional.empty() : schools.overseen(one).stream().findFirst();
        return named.isPresent() ? new Resolved(one, named) : new Resolved(Oversight.none(), Optional.empty());
    }

    public Oversight of(UserAccount user, CaseListFilter filter) {
        return resolve(user, filter.get("school")).oversight();
    }
}
