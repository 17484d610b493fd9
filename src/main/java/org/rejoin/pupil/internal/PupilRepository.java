package org.rejoin.pupil.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PupilRepository extends JpaRepository<Pupil, UUID> {

    Optional<Pupil> findByIdAndSchoolId(UUID id, UUID schoolId);

    boolean existsByUpn(String upn);
}
