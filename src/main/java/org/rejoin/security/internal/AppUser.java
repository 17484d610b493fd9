package org.rejoin.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    private UUID id;
    private String username;
    private String displayName;
    private String jobTitle;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private UUID schoolId;
    private UUID agencyId;
    private String localAuthority;
    private boolean enabled;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String jobTitle, String passwordHash, Role role, UUID schoolId,
            UUID agencyId, String localAuthority) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.passwordHash = passwordHash;
        this.role = role;
        this.schoolId = schoolId;
        this.agencyId = agencyId;
        this.localAuthority = localAuthority;
        this.enabled = true;
    }

    UserAccount toAccount() {
        return new UserAccount(id, username, displayName, jobTitle, role, schoolId, agencyId, localAuthority);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }
}
