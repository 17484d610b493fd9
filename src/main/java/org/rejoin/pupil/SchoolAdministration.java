package org.rejoin.pupil;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.rejoin.pupil.internal.SchoolRecords;
import org.rejoin.security.AdminScope;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of local authorities and schools, kept by system administrators; a school administrator
 * reads their own school's entry only. Every change is audited; anything out of scope reads as not found.
 */
@Service
public class SchoolAdministration {

    private static final String DOMAIN = "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+";

    private final SchoolRecords records;
    private final AuditTrail audit;

    SchoolAdministration(SchoolRecords records, AuditTrail audit) {
        this.records = records;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<LocalAuthorityInfo> localAuthorities(UserAccount admin) {
        AdminScope.requireSystemAdmin(admin, "local_authority", null, audit);
        return records.localAuthorities();
    }

    @Transactional
    public LocalAuthorityInfo addLocalAuthority(UserAccount admin, String code, String name) {
        AdminScope.requireSystemAdmin(admin, "local_authority", null, audit);
        String cleanCode = code == null ? "" : code.strip();
        String cleanName = required("name", name, "A local authority needs its name");
        if (!cleanCode.matches("\\d{3}")) {
            throw new FieldProblem("code", "A local authority number is 3 digits (as in a UPN), not '" + cleanCode + "'");
        }
        if (records.localAuthorityExists(cleanCode, cleanName)) {
            throw new FieldProblem("code", "A local authority with number " + cleanCode + " or named " + cleanName
                    + " is already registered");
        }
        LocalAuthorityInfo added = records.addLocalAuthority(cleanCode, cleanName);
        audit.record(admin.username(), "LOCAL_AUTHORITY_ADDED", "local_authority", added.id(), cleanCode + " " + cleanName);
        return added;
    }

    /** The registered local authority of this name, for modules filing records under an authority. */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalAuthorityInfo> localAuthorityNamed(String name) {
        return name == null || name.isBlank() ? java.util.Optional.empty() : records.localAuthorityNamed(name);
    }

    /** Every school for a system administrator; a school administrator's own school; nothing for anyone else. */
    @Transactional(readOnly = true)
    public List<SchoolDetails> schools(UserAccount admin) {
        if (AdminScope.isSystemAdmin(admin)) {
            return records.schools();
        }
        if (AdminScope.isAdministrator(admin)) {
            return records.school(admin.schoolId()).stream().toList();
        }
        audit.deniedAccess(admin, "school", null);
        return List.of();
    }

    @Transactional(readOnly = true)
    public SchoolDetails school(UserAccount admin, UUID schoolId) {
        AdminScope.requireSchool(admin, schoolId, audit);
        return records.school(schoolId).orElseThrow(() -> new RecordNotFoundException("No such school"));
    }

    @Transactional
    public SchoolDetails registerSchool(UserAccount admin, SchoolDetails school) {
        AdminScope.requireSystemAdmin(admin, "school", null, audit);
        SchoolDetails checked = checked(school.withId(UUID.randomUUID()));
        records.insert(checked);
        audit.record(admin.username(), "SCHOOL_REGISTERED", "school", checked.id(), describe(checked));
        return checked;
    }

    @Transactional
    public SchoolDetails updateSchool(UserAccount admin, SchoolDetails school) {
        AdminScope.requireSystemAdmin(admin, "school", school.id(), audit);
        records.school(school.id()).orElseThrow(() -> new RecordNotFoundException("No such school"));
        SchoolDetails checked = checked(school);
        records.update(checked);
        audit.record(admin.username(), "SCHOOL_UPDATED", "school", checked.id(), describe(checked));
        return checked;
    }

    private SchoolDetails checked(SchoolDetails school) {
        String urn = school.urn() == null ? "" : school.urn().strip();
        if (!urn.matches("\\d{6}")) {
            throw new FieldProblem("urn", "A URN is 6 digits, not '" + urn + "'");
        }
        if (records.urnTakenByAnother(urn, school.id())) {
            throw new FieldProblem("urn", "Another school already has URN " + urn);
        }
        String name = required("name", school.name(), "A school needs its name");
        String authority = required("localAuthority", school.localAuthority(), "Choose the school's local authority");
        LocalAuthorityInfo registered = records.localAuthorityNamed(authority).orElseThrow(() -> new FieldProblem(
                "localAuthority", "No local authority named " + authority + " is registered: add it first"));
        if (school.phase() == null) {
            throw new FieldProblem("phase", "Choose the school's phase");
        }
        String domain = school.emailDomain() == null ? "" : school.emailDomain().strip().toLowerCase(Locale.ROOT);
        if (domain.startsWith("@")) {
            domain = domain.substring(1);
        }
        if (!domain.isEmpty() && !domain.matches(DOMAIN)) {
            throw new FieldProblem("emailDomain", "'" + domain + "' is not an email domain such as oakfield.sch.uk");
        }
        return new SchoolDetails(school.id(), urn, name, registered.name(), school.phase(),
                domain.isEmpty() ? null : domain);
    }

    private static String required(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new FieldProblem(field, message);
        }
        return value.strip();
    }

    private static String describe(SchoolDetails s) {
        return s.urn() + " " + s.name() + ", " + s.localAuthority() + ", " + s.phase()
                + (s.emailDomain() == null ? "" : ", @" + s.emailDomain());
    }
}
