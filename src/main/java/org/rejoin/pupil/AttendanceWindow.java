package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A day in a pupil's life around which their attendance is compared, such as the day a case was opened:
 * the six school weeks before it against the weeks from it until {@code until} (or until now when null).
 * {@code key} is the owner's own id for it (a case id), handed back unread. It counts for the pupil's school.
 */
public record AttendanceWindow(UUID key, UUID pupilId, LocalDate from, LocalDate until) {

    public AttendanceWindow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("A window cannot end (" + until + ") before it starts (" + from + ")");
        }
    }
}
