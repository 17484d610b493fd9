package org.rejoin.attendance.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.rejoin.pupil.ImportResult.LineError;

/**
 * One register file going through the import's phases inside one transaction: read and check every line
 * while copying the good sessions to the database, then look for sessions given twice, then (for a clean file)
 * replace the marks and derive the weeks. Keeps only what does not grow with the file: the pupils and weeks
 * touched, and the problems.
 */
public final class SessionImport {

    private final SessionStore store;
    private final RegisterRules rules;
    private final List<LineError> problems = new ArrayList<>();
    private final Set<UUID> pupils = new HashSet<>();
    private final TreeSet<LocalDate> weeks = new TreeSet<>();
    private long rowsRead;
    private long sessions;

    SessionImport(SessionStore store, RegisterRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /** Reads and checks the file; good sessions are copied to the upload table. */
    public void read(Reader file, LongConsumer rowsSoFar) {
        SessionStore.Upload upload = store.startUpload();
        var reader = new SessionRegisterReader(rules);
        try {
            problems.addAll(reader.read(file, line -> {
                upload.add(line);
                sessions++;
                pupils.add(line.pupilId());
                weeks.add(line.date().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
            }, rowsSoFar));
        } finally {
            upload.finish();
        }
        rowsRead = reader.rowsRead();
    }

    /** Adds the sessions given twice to the problems. */
    public void checkDuplicates(int limit) {
        if (problems.size() < limit) {
            problems.addAll(store.duplicates(limit - problems.size()));
        }
    }

    /** Writes a clean file's marks and weeks; returns the marks written. */
    public int save(UUID importId) {
        int written = store.replaceMarks(importId);
        store.deriveWeeks();
        return written;
    }

    public List<LineError> problems() {
        return problems;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long sessions() {
        return sessions;
    }

    public Set<UUID> pupils() {
        return pupils;
    }

    public List<LocalDate> weeks() {
        return List.copyOf(weeks);
    }
}
