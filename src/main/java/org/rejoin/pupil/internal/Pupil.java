package org.rejoin.pupil.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.SenStatus;
import org.rejoin.pupil.Upn;

@Entity
@Table(name = "pupil")
public class Pupil {

    @Id
    private UUID id;
    private UUID schoolId;
    private String upn;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private int yearGroup;
    @Enumerated(EnumType.STRING)
    private SenStatus senStatus;
    private UUID keyAdultUserId;
    /** When the pupil was added, by the app's clock (never the database's: docs/decisions/0011). */
    @Column(updatable = false)
    private Instant createdAt;

    protected Pupil() {
    }

    public Pupil(NewPupil pupil, Instant createdAt) {
        this.createdAt = createdAt;
        this.id = UUID.randomUUID();
        this.schoolId = pupil.schoolId();
        this.upn = Upn.of(pupil.upn()).value();
        this.firstName = pupil.firstName().trim();
        this.lastName = pupil.lastName().trim();
        this.dateOfBirth = pupil.dateOfBirth();
        this.yearGroup = pupil.yearGroup();
        this.senStatus = pupil.senStatus() == null ? SenStatus.NONE : pupil.senStatus();
        this.keyAdultUserId = pupil.keyAdultUserId();
    }

    public UUID id() {
        return id;
    }

    public UUID schoolId() {
        return schoolId;
    }

    public String upn() {
        return upn;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public int yearGroup() {
        return yearGroup;
    }

    public SenStatus senStatus() {
        return senStatus;
    }

    public UUID keyAdultUserId() {
        return keyAdultUserId;
    }
}
