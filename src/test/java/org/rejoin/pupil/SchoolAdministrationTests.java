package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.AdminTestData;
import org.rejoin.TestData;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/** The register of local authorities and schools: kept by system administrators, checked, audited. */
@org.rejoin.RejoinTest
class SchoolAdministrationTests {

    @Autowired
    SchoolAdministration register;
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
    void systemAdministratorRegistersAndEditsASchoolAndEachChangeIsAudited() {
        SchoolDetails school = adminData.school(admin, authority);
        SchoolDetails edited = register.updateSchool(admin, new SchoolDetails(school.id(), school.urn(),
                "Renamed Academy", authority.name().toUpperCase(), SchoolPhase.ALL_THROUGH, "@Renamed.SCH.uk"));

        assertThat(register.school(admin, school.id())).isEqualTo(edited);
        assertThat(edited.localAuthority()).isEqualTo(authority.name());
        assertThat(edited.emailDomain()).isEqualTo("renamed.sch.uk");
        assertThat(audit.count("SCHOOL_REGISTERED", "school", school.id())).isEqualTo(1);
        assertThat(audit.count("SCHOOL_UPDATED", "school", school.id())).isEqualTo(1);
        assertThat(audit.count("LOCAL_AUTHORITY_ADDED", "local_authority", authority.id())).isEqualTo(1);
    }

    @Test
    void urnMustBeSixDigitsAndUnique() {
        SchoolDetails first = adminData.school(admin, authority);

        assertThatThrownBy(() -> register.registerSchool(admin, new SchoolDetails(null, "12345", "Short",
                authority.name(), SchoolPhase.SECONDARY, null)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("urn"))
                .hasMessageContaining("6 digits");
        assertThatThrownBy(() -> register.registerSchool(admin, new SchoolDetails(null, first.urn(), "Twin",
                authority.name(), SchoolPhase.SECONDARY, null)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("urn"))
                .hasMessageContaining("Another school already has URN " + first.urn());
    }

    @Test
    void schoolNeedsARegisteredAuthorityAndAPlausibleEmailDomain() {
        assertThatThrownBy(() -> register.registerSchool(admin, new SchoolDetails(null, TestData.uniqueUrn(), "Lost",
                "Nowhereshire " + TestData.uniqueUrn(), SchoolPhase.SECONDARY, null)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("localAuthority"));
        assertThatThrownBy(() -> register.registerSchool(admin, new SchoolDetails(null, TestData.uniqueUrn(), "Odd",
                authority.name(), SchoolPhase.SECONDARY, "not a domain")))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("emailDomain"));
    }

    @Test
    void localAuthorityNumberIsThreeDigitsAndUnique() {
        assertThatThrownBy(() -> register.addLocalAuthority(admin, "12", "Short"))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("code"));
        assertThatThrownBy(() -> register.addLocalAuthority(admin, authority.code(), "Another"))
                .hasMessageContaining("already registered");
    }

    @Test
    void schoolAdministratorSeesOnlyTheirOwnSchoolAndCannotChangeTheRegister() {
        SchoolDetails own = adminData.school(admin, authority);
        SchoolDetails other = adminData.school(admin, authority);
        UserAccount schoolAdmin = data.staff(new SchoolInfo(own.id(), own.urn(), own.name(), own.localAuthority()),
                Role.SCHOOL_ADMIN, "Data manager");

        assertThat(register.schools(schoolAdmin)).containsExactly(own);
        assertThat(register.school(schoolAdmin, own.id())).isEqualTo(own);
        assertThatThrownBy(() -> register.school(schoolAdmin, other.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> register.updateSchool(schoolAdmin, own)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> register.addLocalAuthority(schoolAdmin, "999", "Mine"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(audit.count("ACCESS_DENIED", "school", other.id())).isEqualTo(1);
        assertThat(audit.count("ACCESS_DENIED", "school", own.id())).isEqualTo(1);
    }

    @Test
    void caseworkStaffReachNothingOfTheRegister() {
        SchoolDetails own = adminData.school(admin, authority);
        UserAccount leader = data.staff(new SchoolInfo(own.id(), own.urn(), own.name(), own.localAuthority()),
                Role.LEADER, "Head");

        assertThat(register.schools(leader)).isEmpty();
        assertThatThrownBy(() -> register.school(leader, own.id())).isInstanceOf(RecordNotFoundException.class);
    }
}
