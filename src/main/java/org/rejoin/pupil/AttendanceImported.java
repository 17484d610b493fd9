package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Published inside the import's transaction after a file's weeks were saved: the pupils whose
 * attendance changed and the weeks the file covered (distinct, ascending), for concern detection.
 */
public record AttendanceImported(UUID schoolId, UUID importId, Set<UUID> pupilIds, List<LocalDate> weeks) {

    public AttendanceImported {
        pupilIds = Set.copyOf(pupilIds);
        weeks = List.copyOf(weeks);
    }
}
