package org.rejoin.pupil.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.rejoin.pupil.SchoolInfo;

@Entity
@Table(name = "school")
public class School {

    @Id
    private UUID id;
    private String urn;
    private String name;
    private String localAuthority;

    /** When the school was added, by the app's clock (never the database's: docs/decisions/0011). */
    @Column(updatable = false)
    private Instant createdAt;

    protected School() {
    }

    public School(String urn, String name, String localAuthority, Instant createdAt) {
        this.createdAt = createdAt;
        this.id = UUID.randomUUID();
        this.urn = urn;
        this.name = name;
        this.localAuthority = localAuthority;
    }

    public UUID id() {
        return id;
    }

    public SchoolInfo toInfo() {
        return new SchoolInfo(id, urn, name, localAuthority);
    }
}
