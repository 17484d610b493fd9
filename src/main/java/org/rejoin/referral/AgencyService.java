package org.rejoin.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.referral.internal.Agency;
import org.rejoin.referral.internal.AgencyRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agencies partners work for. A local authority has a handful, so listing them all is fine. */
@Service
public class AgencyService {

    private final AgencyRepository agencies;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    AgencyService(AgencyRepository agencies, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    /** The agency's shared email address (a duty desk), told of each referral beside its partners; if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> sharedAddress(UUID agencyId) {
        return jdbc.queryForList("select shared_address from agency where id = ? and shared_address is not null",
                String.class, agencyId).stream().findFirst();
    }

    /** Sets or (blank) clears the agency's shared address; set up with the agency, as agencies are. */
    @Transactional
    public void setSharedAddress(UUID agencyId, String address) {
        String value = address == null || address.isBlank() ? null : address.strip();
        if (value != null && (!value.contains("@") || value.length() > 254)) {
            throw new IllegalArgumentException("Not an email address: " + value);
        }
        jdbc.update("update agency set shared_address = ? where id = ?", value, agencyId);
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
