package org.rejoin.pupil;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One past upload of an attendance file, as the import page lists it. */
public record AttendanceImportSummary(UUID id, Instant importedAt, String importedBy, String fileName, int rowsRead,
                                      int rowsImported, int pupilsAffected, LocalDate firstWeek, LocalDate lastWeek,
                                      Status status, int errorCount) {

    public enum Status { SUCCEEDED, REJECTED }
}
