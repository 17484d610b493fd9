package org.rejoin.pupil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rejoin.pupil.AttendanceImportSummary.Status;
import org.rejoin.pupil.ImportResult.LineError;
import org.rejoin.pupil.internal.AttendanceCsvReader;
import org.rejoin.pupil.internal.AttendanceCsvRow;
import org.rejoin.pupil.internal.AttendanceImportStore;
import org.rejoin.pupil.internal.AttendanceStore;
import org.rejoin.pupil.internal.AttendanceWindowStore;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a school's weekly attendance from a CSV export of its MIS (columns in the README). A file
 * is imported whole or not at all: every bad line is reported, and only a clean file is saved, in
 * one transaction, updating weeks imported before. Only champions and leaders import, and only for
 * their own school's pupils; a UPN of another school reads exactly like an unknown one.
 */
@Service
public class AttendanceImportService {

    private static final Set<Role> IMPORTERS = Set.of(Role.ATTENDANCE_CHAMPION, Role.LEADER);
    private static final int SAVE_CHUNK = 1_000;

    private final AttendanceImportStore imports;
    private final AttendanceStore attendance;
    private final AttendanceWindowStore attendanceWindows;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AttendanceImportService(AttendanceImportStore imports, AttendanceStore attendance,
                            AttendanceWindowStore attendanceWindows, AuditTrail audit, ApplicationEventPublisher events,
                            PlatformTransactionManager transactions) {
        this.imports = imports;
        this.attendance = attendance;
        this.attendanceWindows = attendanceWindows;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Where an import is, reported at most about once per 1% of each phase. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(Phase phase, long done, long total);

        ProgressListener NONE = (phase, done, total) -> { };
    }

    public enum Phase { READING, CHECKING, SAVING }

    public ImportResult importCsv(UserAccount user, InputStream csv, String fileName, ProgressListener progress) {
        if (!IMPORTERS.contains(user.role()) || user.schoolId() == null) {
            audit.deniedAccess(user, "attendance_import", user.schoolId());
            throw new AccessDeniedException("Only attendance champions and leaders import attendance");
        }
        String name = fileName == null || fileName.isBlank() ? "attendance.csv" : fileName.strip();
        name = name.length() > 255 ? name.substring(0, 255) : name;
        AttendanceCsvReader reader;
        try {
            reader = AttendanceCsvReader.of(csv.readAllBytes());
        } catch (CharacterCodingException e) {
            return rejected(user, name, 0, List.of(new LineError(1, "The file is not UTF-8 text: "
                    + "save it from your spreadsheet as 'CSV UTF-8 (comma delimited)'")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + name, e);
        }

        var reading = new Progress(progress, Phase.READING, reader.estimatedRows());
        AttendanceCsvReader.Result file = reader.read(reading::done);
        reading.finish(file.rowsRead());

        List<LineError> errors = new ArrayList<>(file.errors());
        Set<String> upns = file.rows().stream().map(AttendanceCsvRow::upn).collect(Collectors.toCollection(TreeSet::new));
        var checking = new Progress(progress, Phase.CHECKING, upns.size());
        Map<String, UUID> pupils = imports.pupilsOfSchoolByUpn(user.schoolId(), upns, checking::done);
        checking.finish(upns.size());
        List<AttendanceWeek> weeks = new ArrayList<>(file.rows().size());
        for (AttendanceCsvRow row : file.rows()) {
            UUID pupil = pupils.get(row.upn());
            if (pupil == null) {
                errors.add(new LineError(row.line(), "No pupil with UPN " + row.upn() + " at your school"));
            } else {
                weeks.add(row.toWeek(pupil));
            }
        }
        if (!errors.isEmpty()) {
            return rejected(user, name, file.rowsRead(), errors);
        }
        return save(user, name, file.rowsRead(), weeks, new Progress(progress, Phase.SAVING, weeks.size()));
    }

    /** The latest uploads of the user's school, newest first. */
    public List<AttendanceImportSummary> lastImports(UserAccount user) {
        if (user.schoolId() == null || !user.role().belongsToSchool()) {
            return List.of();
        }
        return imports.lastImports(user.schoolId(), 20);
    }

    private ImportResult save(UserAccount user, String name, int rowsRead, List<AttendanceWeek> weeks, Progress saving) {
        UUID importId = UUID.randomUUID();
        Set<UUID> pupilIds = weeks.stream().map(AttendanceWeek::pupilId).collect(Collectors.toSet());
        List<LocalDate> distinctWeeks = weeks.stream().map(AttendanceWeek::weekStarting).distinct().sorted().toList();
        LocalDate first = distinctWeeks.getFirst();
        LocalDate last = distinctWeeks.getLast();
        transaction.executeWithoutResult(status -> {
            for (int from = 0; from < weeks.size(); from += SAVE_CHUNK) {
                int to = Math.min(weeks.size(), from + SAVE_CHUNK);
                attendance.upsert(weeks.subList(from, to));
                saving.done(to);
            }
            attendance.refreshSchoolWeeks(user.schoolId(), first);
            attendanceWindows.recomputeForPupils(pupilIds);
            imports.record(importId, user.schoolId(), user.id(), name, rowsRead, weeks.size(), pupilIds.size(), first,
                    last, Status.SUCCEEDED, 0);
            events.publishEvent(new AttendanceImported(user.schoolId(), importId, pupilIds, distinctWeeks));
        });
        saving.finish(weeks.size());
        audit.record(user.username(), "ATTENDANCE_IMPORTED", "attendance_import", importId,
                name + ": " + weeks.size() + " rows, " + pupilIds.size() + " pupils, weeks " + first + " to " + last);
        return new ImportResult(rowsRead, weeks.size(), pupilIds.size(), first, last, List.of(), 0, importId);
    }

    private ImportResult rejected(UserAccount user, String name, int rowsRead, List<LineError> errors) {
        UUID importId = UUID.randomUUID();
        List<LineError> sorted = errors.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
        imports.record(importId, user.schoolId(), user.id(), name, rowsRead, 0, 0, null, null, Status.REJECTED,
                sorted.size());
        audit.record(user.username(), "ATTENDANCE_IMPORT_REJECTED", "attendance_import", importId,
                name + ": " + sorted.size() + " bad lines of " + rowsRead + " rows; nothing imported");
        List<LineError> listed = sorted.subList(0, Math.min(sorted.size(), ImportResult.MAX_LISTED_ERRORS));
        return new ImportResult(rowsRead, 0, 0, null, null, listed, sorted.size(), importId);
    }

    /** Tells the listener about one phase at its start, about every 1% of the way, and at its end. */
    private static final class Progress {
        private final ProgressListener listener;
        private final Phase phase;
        private final long total;
        private final long step;
        private long reported;

        Progress(ProgressListener listener, Phase phase, long total) {
            this.listener = listener == null ? ProgressListener.NONE : listener;
            this.phase = phase;
            this.total = total;
            this.step = Math.max(1, total / 100);
            this.listener.progress(phase, 0, total);
        }

        void done(long done) {
            if (done - reported >= step) {
                reported = done;
                listener.progress(phase, done, Math.max(total, done));
            }
        }

        void finish(long done) {
            if (done != reported) {
                reported = done;
                listener.progress(phase, done, done);
            }
        }
    }
}
