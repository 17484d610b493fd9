package org.rejoin.attendance;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rejoin.attendance.internal.SessionImport;
import org.rejoin.attendance.internal.SessionImports;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.AttendanceImportService.Phase;
import org.rejoin.pupil.AttendanceImportService.ProgressListener;
import org.rejoin.pupil.ImportProgress;
import org.rejoin.pupil.ImportResult;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a school's session register (one mark per pupil per session, in the 2024 codes) from an MIS export,
 * in either layout described in docs/using/session-registers.md. Same shape as the weekly import, whose bookkeeping it
 * reuses: the file streams through (memory does not grow with it), every line is checked against the school's
 * roll and calendar, every bad line is reported by number, and the file is saved whole or not at all, in one
 * transaction. Re-importing a date range replaces each pupil's marks in that range only; the weeks touched are
 * derived again from the marks, so the concern triage, the case windows and the school's figures follow.
 */
@Service
public class SessionImportService {

    private final AttendanceImportService imports;
    private final SchoolService schools;
    private final SessionImports sessionImports;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SessionImportService(AttendanceImportService imports, SchoolService schools, SessionImports sessionImports,
                         PlatformTransactionManager transactions, Clock clock) {
        this.imports = imports;
        this.schools = schools;
        this.sessionImports = sessionImports;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Imports the file. {@code sizeInBytes} (0 when unknown) lets reading report its progress in bytes; the
     * other phases report in sessions.
     */
    public ImportResult importRegister(UserAccount user, InputStream file, long sizeInBytes, String fileName,
                                       ProgressListener progress) {
        imports.requireImporter(user);
        String name = AttendanceImportService.fileName(fileName);
        var start = sessionImports.start(imports.pupilsOfMySchool(user), imports.pupilsOfMySchoolByMisId(user),
                schools.calendar(user.schoolId()),
                LocalDate.now(clock));
        var counted = new CountingInputStream(file);
        var reading = new ImportProgress(progress, Phase.READING, sizeInBytes);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Outcome outcome = transaction.execute(status -> {
            start.read(new BufferedReader(new InputStreamReader(counted, decoder), 1 << 16),
                    rows -> {
                        if (rows % 1_000 == 0) { // a progress report per thousand rows at most, sized or not
                            reading.done(counted.count());
                        }
                    });
            reading.finish(counted.count());
            var checking = new ImportProgress(progress, Phase.CHECKING, start.sessions());
            start.checkDuplicates(ImportResult.MAX_LISTED_ERRORS * 10);
            checking.finish(start.sessions());
            if (!start.problems().isEmpty()) {
                status.setRollbackOnly();
                return new Outcome(start, null);
            }
            var saving = new ImportProgress(progress, Phase.SAVING, start.sessions());
            UUID importId = UUID.randomUUID();
            int written = start.save(importId);
            saving.finish(written);
            return new Outcome(start, imports.weeksRecorded(user, name, (int) start.rowsRead(), written,
                    start.pupils(), start.weeks()));
        });
        if (outcome.result() != null) {
            return outcome.result();
        }
        return imports.rejected(user, name, (int) outcome.file().rowsRead(), List.copyOf(outcome.file().problems()));
    }

    private record Outcome(SessionImport file, ImportResult result) {
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int off, int len) throws java.io.IOException {
            int n = super.read(bytes, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
