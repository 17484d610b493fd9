package org.rejoin;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.rejoin.pupil.LocalAuthorityInfo;
import org.rejoin.pupil.SchoolAdministration;
import org.rejoin.pupil.SchoolDetails;
import org.rejoin.pupil.SchoolPhase;
import org.rejoin.security.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Local authorities and schools registered as a system administrator would, each test its own. */
@Component
public class AdminTestData {

    private final SchoolAdministration register;
    private final JdbcTemplate jdbc;

    AdminTestData(SchoolAdministration register, JdbcTemplate jdbc) {
        this.register = register;
        this.jdbc = jdbc;
    }

    /** A local authority with a number and name no other test has (there are only 1,000 numbers). */
    public LocalAuthorityInfo localAuthority(UserAccount admin) {
        int start = ThreadLocalRandom.current().nextInt(1000);
        for (int i = 0; i < 1000; i++) {
            String code = "%03d".formatted((start + i) % 1000);
            Boolean taken = jdbc.queryForObject("select exists(select 1 from local_authority where code = ?)",
                    Boolean.class, code);
            if (!Boolean.TRUE.equals(taken)) {
                return register.addLocalAuthority(admin, code, TestData.newLocalAuthority());
            }
        }
        throw new IllegalStateException("Every local authority number is taken");
    }

    public SchoolDetails school(UserAccount admin, LocalAuthorityInfo authority) {
        String urn = TestData.uniqueUrn();
        return register.registerSchool(admin, new SchoolDetails(null, urn, "Registered School " + urn + " "
                + UUID.randomUUID().toString().substring(0, 4), authority.name(), SchoolPhase.SECONDARY,
                "school" + urn + ".sch.uk"));
    }
}
