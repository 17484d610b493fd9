package org.rejoin.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.pupil.SchoolAdministration;
import org.rejoin.referral.internal.Agency;
import org.rejoin.referral.internal.AgencyRecords;
import org.rejoin.referral.internal.AgencyRepository;
import org.rejoin.security.AdminScope;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agencies partners work for. A local authority has a handful, so listing them all is fine. */
@Service
public class AgencyService {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final AgencyRepository agencies;
    private final AgencyRecords records;
    private final SchoolAdministration register;
    private final AuditTrail audit;

    AgencyService(AgencyRepository agencies, AgencyRecords records, SchoolAdministration register, AuditTrail audit) {
        this.agencies = agencies;
        this.records = records;
        this.register = register;
        this.audit = audit;
    }

    /**
     * The agency's shared email address (a duty desk), told of each referral beside its partners; if it has one.
     * It is the contact address a system administrator registers the agency with.
     */
    @Transactional(readOnly = true)
    public Optional<String> sharedAddress(UUID agencyId) {
        return records.find(agencyId).map(AgencyDetails::contactEmail).filter(address -> !address.isBlank());
    }

    /** Sets or (blank) clears the agency's shared address, for agencies set up before they were registered here. */
    @Transactional
    public void setSharedAddress(UUID agencyId, String address) {
        String value = address == null || address.isBlank() ? null : address.strip();
        if (value != null && !value.matches(EMAIL)) {
            throw new IllegalArgumentException("Not an email address: " + value);
        }
        records.setContactEmail(agencyId, value);
    }

    /** Every agency with its contact address, for system administrators. */
    @Transactional(readOnly = true)
    public List<AgencyDetails> register(UserAccount admin) {
        AdminScope.requireSystemAdmin(admin, "agency", null, audit);
        return records.all();
    }

    /**
     * Registers an agency of a registered local authority. The referral process sends each kind of referral
     * to the one agency of that type serving the school's authority, so a second one is refused.
     */
    @Transactional
    public AgencyDetails register(UserAccount admin, AgencyDetails agency) {
        AdminScope.requireSystemAdmin(admin, "agency", null, audit);
        AgencyDetails checked = checked(new AgencyDetails(UUID.randomUUID(), agency.name(), agency.type(),
                agency.localAuthority(), agency.contactEmail()));
        records.insert(checked);
        audit.record(admin.username(), "AGENCY_REGISTERED", "agency", checked.id(), describe(checked));
        return checked;
    }

    @Transactional
    public AgencyDetails update(UserAccount admin, AgencyDetails agency) {
        AdminScope.requireSystemAdmin(admin, "agency", agency.id(), audit);
        records.find(agency.id()).orElseThrow(() -> new RecordNotFoundException("No such agency"));
        AgencyDetails checked = checked(agency);
        records.update(checked);
        audit.record(admin.username(), "AGENCY_UPDATED", "agency", checked.id(), describe(checked));
        return checked;
    }

    private AgencyDetails checked(AgencyDetails agency) {
        if (agency.name() == null || agency.name().isBlank()) {
            throw new FieldProblem("name", "An agency needs its name");
        }
        if (agency.type() == null) {
            throw new FieldProblem("type", "Choose what kind of agency this is");
        }
        String authority = register.localAuthorityNamed(agency.localAuthority()).map(la -> la.name())
                .orElseThrow(() -> new FieldProblem("localAuthority", "Choose a registered local authority"));
        records.sameTypeServing(agency.type(), authority, agency.id()).ifPresent(other -> {
            throw new FieldProblem("type", authority + " already has an agency of this kind (" + other.name()
                    + "): referrals of a kind go to exactly one agency, so edit that one instead");
        });
        String email = agency.contactEmail() == null ? "" : agency.contactEmail().strip();
        if (!email.matches(EMAIL)) {
            throw new FieldProblem("contactEmail", "Give the shared email address referrals are sent to, "
                    + "such as earlyhelp@county.gov.uk");
        }
        return new AgencyDetails(agency.id(), agency.name().strip(), agency.type(), authority, email);
    }

    private static String describe(AgencyDetails a) {
        return a.name() + ", " + a.type() + ", " + a.localAuthority() + ", " + a.contactEmail();
    }

    @Transactional
    public AgencyInfo create(String name, AgencyType type, String localAuthority) {
        return agencies.save(new Agency(name.trim(), type, localAuthority.trim())).toInfo();
    }

    @Transactional(readOnly = true)
    public Optional<AgencyInfo> find(UUID agencyId) {
        return agencies.findById(agencyId).map(Agency::toInfo);
    }

    /** The agencies of this type serving a local authority (normally one). */
    @Transactional(readOnly = true)
    public List<AgencyInfo> serving(AgencyType type, String localAuthority) {
        return agencies.findByAgencyTypeAndLocalAuthorityIgnoreCaseOrderByName(type, localAuthority.strip()).stream()
                .map(Agency::toInfo).toList();
    }

    @Transactional(readOnly = true)
    public List<AgencyInfo> all() {
        return agencies.findAll(Sort.by("name")).stream().map(Agency::toInfo).toList();
    }
}
