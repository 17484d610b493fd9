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

    AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
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
