package org.rejoin.attendance;

import java.time.LocalDate;
import java.util.UUID;
import org.rejoin.attendance.StatutoryThresholdProcess.Threshold;

/**
 * Published when a register import shows a pupil has reached a statutory threshold (once per threshold and
 * period or run): {@code reachedOn} is the day it was reached (the tenth day of the run for
 * {@link Threshold#TELL_LOCAL_AUTHORITY}, the day counted to for {@link Threshold#NATIONAL_FRAMEWORK}).
 */
public record ThresholdReached(UUID schoolId, UUID pupilId, Threshold threshold, LocalDate reachedOn,
                               ThresholdFacts facts) {
}
