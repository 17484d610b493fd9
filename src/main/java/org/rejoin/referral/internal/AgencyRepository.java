package org.rejoin.referral.internal;

import java.util.List;
import java.util.UUID;
import org.rejoin.referral.AgencyType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, UUID> {

    List<Agency> findByAgencyTypeAndLocalAuthorityIgnoreCaseOrderByName(AgencyType type, String localAuthority);
}
