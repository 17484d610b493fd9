package org.rejoin.pupil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
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
    private final Clock clock;

    AttendanceImportService(AttendanceImportStore imports, AttendanceStore attendance,
                            AttendanceWindowStore attendanceWindows, AuditTrail audit, ApplicationEventPublisher events,
                            PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
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
        requireImporter(user);
        String name = fileName(fileName);
        AttendanceCsvReader reader;
        try {
            reader = AttendanceCsvReader.of(csv.readAllBytes());
        } catch (CharacterCodingException e) {
            return rejected(user, name, 0, List.of(new LineError(1, "The file is not UTF-8 text: "
                    + "save it from your spreadsheet as 'CSV UTF-8 (comma delimited)'")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + name, e);
        }

        var reading = new ImportProgress(progress, Phase.READING, reader.estimatedRows());
        AttendanceCsvReader.Result file = reader.read(reading::done, LocalDate.now(clock));
        reading.finish(file.rowsRead());

        List<LineError> errors = new ArrayList<>(file.errors());
        Set<String> upns = file.rows().stream().map(AttendanceCsvRow::upn).collect(Collectors.toCollection(TreeSet::new));
        var checking = new ImportProgress(progress, Phase.CHECKING, upns.size());
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
        return save(user, name, file.rowsRead(), weeks, new ImportProgress(progress, Phase.SAVING, weeks.size()));
    }

    /** The latest uploads of the user's school, newest first. */
    public List<AttendanceImportSummary> lastImports(UserAccount user) {
        if (user.schoolId() == null || !user.role().belongsToSchool()) {
            return List.of();
        }
        return imports.lastImports(user.schoolId(), 20);
    }

    private ImportResult save(UserAccount user, String name, int rowsRead, List<AttendanceWeek> weeks, ImportProgress saving) {
        Set<UUID> pupilIds = weeks.stream().map(AttendanceWeek::pupilId).collect(Collectors.toSet());
        List<LocalDate> distinctWeeks = weeks.stream().map(AttendanceWeek::weekStarting).distinct().sorted().toList();
        ImportResult result = transaction.execute(status -> {
            for (int from = 0; from < weeks.size(); from += SAVE_CHUNK) {
                int to = Math.min(weeks.size(), from + SAVE_CHUNK);
                attendance.upsert(weeks.subList(from, to));
                saving.done(to);
            }
            return weeksRecorded(user, name, rowsRead, weeks.size(), pupilIds, distinctWeeks);
        });
        saving.finish(weeks.size());
        return result;
    }

    /**
     * The bookkeeping every attendance import ends with, inside the caller's transaction once the pupils'
     * weekly rows are written: the school's weekly figures and the cases' attendance windows are recounted, the
     * upload is recorded and audited, and {@link AttendanceImported} tells the other modules (concern triage,
     * the case chronology). {@code weeks} are the Mondays the file covered, distinct and ascending.
     */
    public ImportResult weeksRecorded(UserAccount user, String fileName, int rowsRead, int rowsImported,
                                      Set<UUID> pupilIds, List<LocalDate> weeks) {
        UUID importId = UUID.randomUUID();
        LocalDate first = weeks.getFirst();
        LocalDate last = weeks.getLast();
        attendance.refreshSchoolWeeks(user.schoolId(), first);
        attendanceWindows.recomputeForPupils(pupilIds);
        imports.record(importId, user.schoolId(), user.id(), fileName, rowsRead, rowsImported, pupilIds.size(), first,
                last, Status.SUCCEEDED, 0);
        events.publishEvent(new AttendanceImported(user.schoolId(), importId, pupilIds, weeks));
        audit.record(user.username(), "ATTENDANCE_IMPORTED", "attendance_import", importId,
                fileName + ": " + rowsImported + " rows, " + pupilIds.size() + " pupils, weeks " + first + " to " + last);
        return new ImportResult(rowsRead, rowsImported, pupilIds.size(), first, last, List.of(), 0, importId);
    }

    /** Only champions and leaders of a school import attendance; anyone else is refused, and it is audited. */
    public void requireImporter(UserAccount user) {
        if (!IMPORTERS.contains(user.role()) || user.schoolId() == null) {
            audit.deniedAccess(user, "attendance_import", user.schoolId());
            throw new AccessDeniedException("Only attendance champions and leaders import attendance");
        }
    }

    /** The uploaded file's name as the list of imports shows it. */
    public static String fileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "attendance.csv" : fileName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /**
     * Every pupil of the importer's school by UPN: an import checks its lines against the school's roll, whose
     * size (not the file's) sets this map's. A UPN of another school is simply absent.
     */
    public Map<String, UUID> pupilsOfMySchool(UserAccount user) {
        requireImporter(user);
        return imports.pupilsOfSchool(user.schoolId());
    }

    /** The pupils of the importer's school that have an MIS id, by that id (for registers without UPNs). */
    public Map<String, UUID> pupilsOfMySchoolByMisId(UserAccount user) {
        requireImporter(user);
        return imports.pupilsOfSchoolByMisId(user.schoolId());
    }

    /** Records and audits a refused upload: every bad line counted, the first {@link ImportResult#MAX_LISTED_ERRORS} listed. */
    public ImportResult rejected(UserAccount user, String name, int rowsRead, List<LineError> errors) {
        UUID importId = UUID.randomUUID();
        List<LineError> sorted = errors.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
        imports.record(importId, user.schoolId(), user.id(), name, rowsRead, 0, 0, null, null, Status.REJECTED,
                sorted.size());
        audit.record(user.username(), "ATTENDANCE_IMPORT_REJECTED", "attendance_import", importId,
                name + ": " + sorted.size() + " bad lines of " + rowsRead + " rows; nothing imported");
        List<LineError> listed = sorted.subList(0, Math.min(sorted.size(), ImportResult.MAX_LISTED_ERRORS));
        return new ImportResult(rowsRead, 0, 0, null, null, listed, sorted.size(), importId);
    }
}
