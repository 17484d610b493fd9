package org.rejoin.pupil;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.pupil.internal.BankHolidayFile;
import org.rejoin.pupil.internal.CalendarChecks;
import org.rejoin.pupil.internal.CalendarEntries;
import org.rejoin.pupil.internal.CalendarFileReader;
import org.rejoin.pupil.internal.CalendarStore;
import org.rejoin.security.AdminScope;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school's calendar as its administrator keeps it: terms and closures typed in, or imported from a term-dates
 * CSV or the iCalendar (.ics) file a local authority publishes; and bank holidays, which a system administrator
 * refreshes from gov.uk's bank-holidays.json. Every school-day deadline and attendance figure counts with it.
 */
@Service
public class CalendarAdministration {

    private final CalendarEntries entries;
    private final CalendarStore calendars;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CalendarAdministration(CalendarEntries entries, CalendarStore calendars, AuditTrail audit,
                           PlatformTransactionManager transactions) {
        this.entries = entries;
        this.calendars = calendars;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Transactional(readOnly = true)
    public List<CalendarEntry> entries(UserAccount admin, UUID schoolId) {
        AdminScope.requireSchool(admin, schoolId, audit);
        return entries.of(schoolId);
    }

    @Transactional
    public CalendarEntry add(UserAccount admin, UUID schoolId, CalendarEntry entry) {
        AdminScope.requireSchool(admin, schoolId, audit);
        var added = new CalendarEntry(UUID.randomUUID(), entry.kind(), entry.name() == null ? null
                : entry.name().strip(), entry.from(), entry.to());
        CalendarChecks.check(added);
        entries.add(schoolId, added);
        audit.record(admin.username(), "CALENDAR_ENTRY_ADDED", "school", schoolId, describe(added));
        return added;
    }

    @Transactional
    public void remove(UserAccount admin, UUID schoolId, UUID entryId) {
        AdminScope.requireSchool(admin, schoolId, audit);
        if (!entries.remove(schoolId, entryId)) {
            audit.deniedAccess(admin, "calendar_entry", entryId);
            throw new RecordNotFoundException("No such calendar entry");
        }
        audit.record(admin.username(), "CALENDAR_ENTRY_REMOVED", "school", schoolId, entryId.toString());
    }

    /**
     * Imports a term-dates file: CSV (Type, Name, Start date, End date) or iCalendar (.ics), whole or not at all;
     * entries already there with the same dates are skipped, so a file can be imported again.
     */
    public CalendarImportResult importFile(UserAccount admin, UUID schoolId, byte[] data, String fileName,
                                           ImportProgress.Listener progress) {
        AdminScope.requireSchool(admin, schoolId, audit);
        CalendarFileReader.Read parsed;
        try {
            parsed = fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".ics")
                    ? CalendarFileReader.ics(data) : CalendarFileReader.csv(CsvFile.of(data), progress);
        } catch (CharacterCodingException e) {
            parsed = new CalendarFileReader.Read(List.of(), List.of(new LineProblem(1, CsvFile.NOT_UTF8)));
        }
        CalendarFileReader.Read read = parsed;
        if (!read.errors().isEmpty()) {
            List<LineProblem> sorted = read.errors().stream().sorted(Comparator.comparingLong(LineProblem::line))
                    .toList();
            audit.record(admin.username(), "CALENDAR_IMPORT_REJECTED", "school", schoolId, fileName + ": "
                    + sorted.size() + " problems; nothing imported");
            return new CalendarImportResult(0, 0, sorted);
        }
        List<CalendarEntry> added = new ArrayList<>();
        transaction.executeWithoutResult(s -> read.entries().stream().filter(e -> !entries.exists(schoolId, e))
                .forEach(e -> {
                    entries.add(schoolId, e);
                    added.add(e);
                }));
        audit.record(admin.username(), "CALENDAR_IMPORTED", "school", schoolId, fileName + ": " + added.size()
                + " entries added, " + (read.entries().size() - added.size()) + " already there");
        return new CalendarImportResult(added.size(), read.entries().size() - added.size(), List.of());
    }

    /** Replaces nothing: adds the holidays of a newer bank-holidays.json (system administrators only). */
    @Transactional
    public int importBankHolidays(UserAccount admin, byte[] json) {
        AdminScope.requireSystemAdmin(admin, "bank_holiday", null, audit);
        Map<LocalDate, String> holidays = BankHolidayFile.read(new ByteArrayInputStream(json));
        holidays.forEach(calendars::addBankHoliday);
        audit.record(admin.username(), "BANK_HOLIDAYS_IMPORTED", "bank_holiday", null, holidays.size()
                + " dates from " + holidays.keySet().stream().min(LocalDate::compareTo).orElseThrow() + " to "
                + holidays.keySet().stream().max(LocalDate::compareTo).orElseThrow());
        return holidays.size();
    }

    private static String describe(CalendarEntry e) {
        return e.kind() + " " + e.name() + " " + e.from() + " to " + e.to();
    }
}
