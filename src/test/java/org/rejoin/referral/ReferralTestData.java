package org.rejoin.referral;

import java.util.UUID;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * A school in a local authority of its own with an Early Help and a mental health agency serving it, its
 * champion and leader, a partner of each agency, and a pupil with an open case. Other tests create many
 * agencies for "Testshire", so a referral from a TestData school could not choose one.
 */
@Component
public class ReferralTestData {

    private final TestData data;
    private final SchoolService schools;
    private final AgencyService agencies;
    private final CaseService cases;

    ReferralTestData(TestData data, SchoolService schools, AgencyService agencies, CaseService cases) {
        this.data = data;
        this.schools = schools;
        this.agencies = agencies;
        this.cases = cases;
    }

    public record Place(SchoolInfo school, AgencyInfo earlyHelp, AgencyInfo mentalHealth, UserAccount champion,
                        UserAccount leader, UserAccount tutor, UserAccount earlyHelpPartner,
                        UserAccount mentalHealthPartner, UUID pupil, UUID caseId) {
    }

    public Place place() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SchoolInfo school = school("Shire " + tag);
        AgencyInfo earlyHelp = agencies.create("Shire " + tag + " Early Help", AgencyType.EARLY_HELP,
                school.localAuthority());
        AgencyInfo mentalHealth = agencies.create("Shire " + tag + " CAMHS", AgencyType.MENTAL_HEALTH_SUPPORT,
                school.localAuthority());
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UUID pupil = data.pupil(school, "Referred");
        UUID caseId = cases.openByHand(champion, pupil, "Mornings have broken down");
        return new Place(school, earlyHelp, mentalHealth, champion, data.staff(school, Role.LEADER, "Deputy head"),
                data.staff(school, Role.SCHOOL_STAFF, "Form tutor"), data.partner(earlyHelp.id()),
                data.partner(mentalHealth.id()), pupil, caseId);
    }

    /** A school with terms from September last year to July the year after next, in its own local authority. */
    public SchoolInfo school(String localAuthority) {
        String urn = TestData.uniqueUrn();
        SchoolInfo school = schools.create(urn, "Referring School " + urn, localAuthority);
        TestData.addTerms(schools, school.id());
        return school;
    }
}
