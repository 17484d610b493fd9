package org.rejoin.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.AdminTestData;
import org.rejoin.TestData;
import org.rejoin.pupil.LocalAuthorityInfo;
import org.rejoin.pupil.SchoolDetails;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/** Agencies registered by a system administrator: one of each kind per local authority, with a shared address. */
@org.rejoin.RejoinTest
class AgencyAdministrationTests {

    @Autowired
    AgencyService agencies;
    @Autowired
    TestData data;
    @Autowired
    AdminTestData adminData;
    @Autowired
    AuditTrail audit;

    UserAccount admin;
    LocalAuthorityInfo authority;

    @BeforeEach
    void anAuthority() {
        admin = data.admin();
        authority = adminData.localAuthority(admin);
    }

    @Test
    void registeredAgencyIsTheOneTheReferralProcessFinds() {
        AgencyDetails earlyHelp = agencies.register(admin, new AgencyDetails(null, " Early Help Hub ",
                AgencyType.EARLY_HELP, authority.name(), "earlyhelp@county.gov.uk"));

        assertThat(agencies.serving(AgencyType.EARLY_HELP, authority.name())).extracting(AgencyInfo::id)
                .containsExactly(earlyHelp.id());
        assertThat(earlyHelp.name()).isEqualTo("Early Help Hub");
        assertThat(audit.count("AGENCY_REGISTERED", "agency", earlyHelp.id())).isEqualTo(1);
    }

    @Test
    void secondAgencyOfTheSameKindForTheSameAuthorityIsRefusedWithAClearMessage() {
        agencies.register(admin, new AgencyDetails(null, "CAMHS North", AgencyType.MENTAL_HEALTH_SUPPORT,
                authority.name(), "camhs@nhs.example"));

        assertThatThrownBy(() -> agencies.register(admin, new AgencyDetails(null, "CAMHS South",
                AgencyType.MENTAL_HEALTH_SUPPORT, authority.name(), "south@nhs.example")))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("type"))
                .hasMessageContaining("already has an agency of this kind (CAMHS North)");
        LocalAuthorityInfo neighbour = adminData.localAuthority(admin);
        assertThat(agencies.register(admin, new AgencyDetails(null, "CAMHS Next Door",
                AgencyType.MENTAL_HEALTH_SUPPORT, neighbour.name(), "next@nhs.example")).id()).isNotNull();
    }

    @Test
    void editingKeepsTheRuleAndIsAudited() {
        AgencyDetails a = agencies.register(admin, new AgencyDetails(null, "EIS", AgencyType.EDUCATION_INCLUSION,
                authority.name(), "eis@county.gov.uk"));
        AgencyDetails edited = agencies.update(admin, new AgencyDetails(a.id(), "Inclusion Service",
                AgencyType.EDUCATION_INCLUSION, authority.name(), "inclusion@county.gov.uk"));

        assertThat(agencies.register(admin)).contains(edited);
        assertThat(audit.count("AGENCY_UPDATED", "agency", a.id())).isEqualTo(1);
    }

    @Test
    void contactEmailAndAuthorityAreChecked() {
        assertThatThrownBy(() -> agencies.register(admin, new AgencyDetails(null, "AIO",
                AgencyType.ATTENDANCE_IMPROVEMENT, authority.name(), "nobody")))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("contactEmail"));
        assertThatThrownBy(() -> agencies.register(admin, new AgencyDetails(null, "AIO",
                AgencyType.ATTENDANCE_IMPROVEMENT, "Unregistered " + TestData.uniqueUrn(), "aio@x.example")))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("localAuthority"));
    }

    @Test
    void schoolAdministratorCannotRegisterAgencies() {
        SchoolDetails school = adminData.school(admin, authority);
        UserAccount schoolAdmin = data.staff(new SchoolInfo(school.id(), school.urn(), school.name(),
                school.localAuthority()), Role.SCHOOL_ADMIN, "Data manager");

        assertThatThrownBy(() -> agencies.register(schoolAdmin, new AgencyDetails(null, "Mine", AgencyType.EARLY_HELP,
                authority.name(), "x@y.example"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> agencies.register(schoolAdmin)).isInstanceOf(RecordNotFoundException.class);
    }
}
