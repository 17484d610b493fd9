package org.rejoin.referral.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.rejoin.referral.AgencyInfo;
import org.rejoin.referral.AgencyType;

@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private AgencyType agencyType;
    private String localAuthority;

    protected Agency() {
    }

    public Agency(String name, AgencyType type, String localAuthority) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.agencyType = type;
        this.localAuthority = localAuthority;
    }

    public AgencyInfo toInfo() {
        return new AgencyInfo(id, name, agencyType, localAuthority);
    }
}
