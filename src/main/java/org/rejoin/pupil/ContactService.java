package org.rejoin.pupil;

import java.nio.charset.CharacterCodingException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.pupil.internal.AttendanceImportStore;
import org.rejoin.pupil.internal.ContactImportCheck;
import org.rejoin.pupil.internal.ContactRules;
import org.rejoin.pupil.internal.ContactStore;
import org.rejoin.pupil.internal.PupilRepository;
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
 * Pupils' parents and carers: imported from the MIS contacts export by the school's administrator (a file
 * replaces the contacts of each pupil it names, whole or not at all), edited by hand, and read by the school's
 * casework staff on the case page. Every change is audited; anyone else reads nothing.
 */
@Service
public class ContactService {

    private final ContactStore store;
    private final AttendanceImportStore upns;
    private final PupilRepository pupils;
    private final PupilService pupilService;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ContactService(ContactStore store, AttendanceImportStore upns, PupilRepository pupils, PupilService pupilService,
                   AuditTrail audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.upns = upns;
        this.pupils = pupils;
        this.pupilService = pupilService;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ContactImportResult importContacts(UserAccount admin, UUID schoolId, byte[] csv, String fileName,
                                              ImportProgress.Listener progress) {
        AdminScope.requireSchool(admin, schoolId, audit);
        CsvFile file;
        try {
            file = CsvFile.of(csv);
        } catch (CharacterCodingException e) {
            return new ContactImportResult(0, 0, 0, List.of(new LineProblem(1, CsvFile.NOT_UTF8)), 1);
        }
        ContactImportCheck.Checked checked = ContactImportCheck.read(file, schoolId, upns, progress);
        if (!checked.errors().isEmpty()) {
            List<LineProblem> sorted = checked.errors().stream().sorted(Comparator.comparingLong(LineProblem::line))
                    .toList();
            audit.record(admin.username(), "CONTACTS_IMPORT_REJECTED", "school", schoolId, fileName + ": "
                    + sorted.size() + " bad lines of " + checked.rowsRead() + "; nothing imported");
            return new ContactImportResult(checked.rowsRead(), 0, 0, sorted.subList(0, Math.min(sorted.size(),
                    ContactImportResult.MAX_LISTED_ERRORS)), sorted.size());
        }
        Map<UUID, List<PupilContact>> byPupil = checked.byPupil();
        int contacts = byPupil.values().stream().mapToInt(List::size).sum();
        var saving = new ImportProgress(progress, "Saving", contacts);
        transaction.executeWithoutResult(s -> store.replace(schoolId, byPupil, saving::done));
        saving.finish(contacts);
        audit.record(admin.username(), "CONTACTS_IMPORTED", "school", schoolId, fileName + ": " + contacts
                + " contacts of " + byPupil.size() + " pupils");
        return new ContactImportResult(checked.rowsRead(), contacts, byPupil.size(), List.of(), 0);
    }

    /** A pupil's contacts for their school's administrator, first to contact first. */
    @Transactional(readOnly = true)
    public List<PupilContact> contactsForAdmin(UserAccount admin, UUID schoolId, UUID pupilId) {
        AdminScope.requireSchool(admin, schoolId, audit);
        requirePupilOf(admin, schoolId, pupilId);
        return store.of(pupilId);
    }

    /** A pupil's contacts for the staff who may see the pupil (their school's casework staff); else nothing. */
    @Transactional(readOnly = true)
    public List<PupilContact> contacts(UserAccount user, UUID pupilId) {
        return pupilService.pupil(user, pupilId).map(p -> store.of(pupilId)).orElse(List.of());
    }

    /** A pupil's parents with parental responsibility, for a process acting on the case's behalf (no user). */
    @Transactional(readOnly = true)
    public List<PupilContact> parentsWithResponsibility(UUID pupilId) {
        return store.of(pupilId).stream().filter(PupilContact::parentalResponsibility).toList();
    }

    /** Adds (id null) or corrects one contact of a pupil of the school; a refusal names its field. */
    @Transactional
    public PupilContact save(UserAccount admin, UUID schoolId, PupilContact contact) {
        AdminScope.requireSchool(admin, schoolId, audit);
        requirePupilOf(admin, schoolId, contact.pupilId());
        List<FieldProblem> problems = ContactRules.problems(contact);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        PupilContact saved;
        if (contact.id() == null) {
            saved = new PupilContact(UUID.randomUUID(), contact.pupilId(), contact.name(), contact.relationship(),
                    contact.parentalResponsibility(), contact.priority(), contact.email(), contact.phone(),
                    contact.address(), contact.noContact());
            store.insert(schoolId, saved);
        } else {
            PupilContact before = store.find(schoolId, contact.id()).filter(c -> c.pupilId().equals(contact.pupilId()))
                    .orElseThrow(() -> {
                        audit.deniedAccess(admin, "pupil_contact", contact.id());
                        return new RecordNotFoundException("No such contact");
                    });
            saved = contact;
            store.update(saved);
        }
        audit.record(admin.username(), contact.id() == null ? "CONTACT_ADDED" : "CONTACT_UPDATED", "pupil",
                contact.pupilId(), saved.name() + " (" + saved.relationship() + ")");
        return saved;
    }

    @Transactional(readOnly = true)
    public int contactsOfSchool(UserAccount admin, UUID schoolId) {
        AdminScope.requireSchool(admin, schoolId, audit);
        return store.countOfSchool(schoolId);
    }

    private void requirePupilOf(UserAccount admin, UUID schoolId, UUID pupilId) {
        if (pupilId == null || pupils.findByIdAndSchoolId(pupilId, schoolId).isEmpty()) {
            audit.deniedAccess(admin, "pupil", pupilId);
            throw new RecordNotFoundException("No such pupil");
        }
    }
}
