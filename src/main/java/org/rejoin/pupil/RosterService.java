package org.rejoin.pupil;

import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.pupil.internal.PupilRules;
import org.rejoin.pupil.internal.RosterCheck;
import org.rejoin.pupil.internal.RosterStore;
import org.rejoin.security.AdminScope;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school's roll, kept by its administrator (or a system administrator): imported from the MIS's roster
 * export, whole or not at all, re-imports updating pupils by UPN; or one pupil added or corrected by hand.
 * A UPN on another school's roll is refused. Every change is audited; another school reads as not found.
 */
@Service
public class RosterService {

    private final RosterStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;

    RosterService(RosterStore store, AuditTrail audit, PlatformTransactionManager transactions, java.time.Clock clock) {
        this.clock = clock;
        this.store = store;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    public RosterImportResult importRoster(UserAccount admin, UUID schoolId, byte[] csv, String fileName,
                                           ImportProgress.Listener progress) {
        AdminScope.requireSchool(admin, schoolId, audit);
        CsvFile file;
        try {
            file = CsvFile.of(csv);
        } catch (CharacterCodingException e) {
            return new RosterImportResult(0, 0, 0, List.of(new LineProblem(1, CsvFile.NOT_UTF8)), 1);
        }
        RosterCheck.Checked checked = RosterCheck.read(file, schoolId, store, today(), progress);
        if (!checked.errors().isEmpty()) {
            List<LineProblem> sorted = checked.errors().stream().sorted(Comparator.comparingLong(LineProblem::line))
                    .toList();
            audit.record(admin.username(), "ROSTER_IMPORT_REJECTED", "school", schoolId, fileName + ": "
                    + sorted.size() + " bad lines of " + checked.rowsRead() + "; nothing imported");
            return new RosterImportResult(checked.rowsRead(), 0, 0, sorted.subList(0, Math.min(sorted.size(),
                    RosterImportResult.MAX_LISTED_ERRORS)), sorted.size());
        }
        var saving = new ImportProgress(progress, "Saving", checked.pupils().size());
        transaction.executeWithoutResult(s -> {
            store.upsert(schoolId, checked.pupils(), saving::done);
            store.saveMisIds(schoolId, checked.misIdsByUpn());
        });
        saving.finish(checked.pupils().size());
        int updated = checked.alreadyOnRoll();
        int added = checked.pupils().size() - updated;
        audit.record(admin.username(), "ROSTER_IMPORTED", "school", schoolId, fileName + ": " + added + " added, "
                + updated + " updated");
        return new RosterImportResult(checked.rowsRead(), added, updated, List.of(), 0);
    }

    /** The school's roll, leavers included, a page at a time, for its administrator to correct. */
    @Transactional(readOnly = true)
    public List<PupilRecord> roll(UserAccount admin, UUID schoolId, String search, int limit, int offset) {
        AdminScope.requireSchool(admin, schoolId, audit);
        return store.roll(schoolId, search, limit, offset);
    }

    @Transactional(readOnly = true)
    public int pupilsOnRoll(UserAccount admin, UUID schoolId) {
        AdminScope.requireSchool(admin, schoolId, audit);
        return store.count(schoolId);
    }

    /** Adds one pupil (id null) or corrects one of the school's; a refusal names its field. */
    @Transactional
    public PupilRecord save(UserAccount admin, UUID schoolId, PupilRecord pupil) {
        AdminScope.requireSchool(admin, schoolId, audit);
        List<FieldProblem> problems = PupilRules.problems(pupil, today());
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        PupilRecord clean = pupil.withId(pupil.id()).withUpn(Upn.of(pupil.upn()).value());
        UUID onRollOf = store.schoolsOf(List.of(clean.upn())).get(clean.upn());
        if (clean.id() == null) {
            if (onRollOf != null) {
                throw new FieldProblem("upn", onRollOf.equals(schoolId) ? "A pupil with UPN " + clean.upn()
                        + " is already on your roll" : "UPN " + clean.upn() + " is already on another school's roll");
            }
            clean = clean.withId(UUID.randomUUID());
        } else {
            PupilRecord before = store.find(schoolId, clean.id()).orElse(null);
            if (before == null) {
                audit.deniedAccess(admin, "pupil", clean.id());
                throw new RecordNotFoundException("No such pupil");
            }
            if (!before.upn().equals(clean.upn())) {
                throw new FieldProblem("upn", "A pupil's UPN stays the same for life: it cannot be changed here");
            }
        }
        store.upsert(schoolId, List.of(clean), n -> { });
        audit.record(admin.username(), pupil.id() == null ? "PUPIL_ADDED" : "PUPIL_UPDATED", "pupil", clean.id(),
                clean.upn());
        return clean;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
