package org.rejoin.pupil.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.pupil.PupilContact;

/** Reads and checks a contacts file for one school: every line, and every UPN on the school's roll. */
public final class ContactImportCheck {

    private ContactImportCheck() {
    }

    public record Checked(Map<UUID, List<PupilContact>> byPupil, List<LineProblem> errors, int rowsRead) {
    }

    public static Checked read(CsvFile file, UUID schoolId, AttendanceImportStore upns,
                               ImportProgress.Listener progress) {
        var reading = new ImportProgress(progress, "Reading", file.estimatedRows());
        CsvFile.Result<ContactRules.Line> result = file.read(ContactColumn.class, ContactColumn.EXPECTED,
                "contact rows", ContactRules::check, reading::done);
        reading.finish(result.rowsRead());
        List<LineProblem> errors = new ArrayList<>(result.errors());
        Set<String> named = new TreeSet<>();
        result.rows().forEach(l -> named.add(l.upn()));
        var checking = new ImportProgress(progress, "Checking UPNs", named.size());
        Map<String, UUID> pupils = upns.pupilsOfSchoolByUpn(schoolId, named, checking::done);
        checking.finish(named.size());
        Map<UUID, List<PupilContact>> byPupil = new LinkedHashMap<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        for (ContactRules.Line line : result.rows()) {
            UUID pupil = pupils.get(line.upn());
            if (pupil == null) {
                errors.add(new LineProblem(line.line(), "No pupil with UPN " + line.upn() + " on your school's roll: "
                        + "import the roster first"));
                continue;
            }
            Long first = seen.putIfAbsent(line.upn() + "\u0000" + line.contact().name().strip().toLowerCase(),
                    line.line());
            if (first != null) {
                errors.add(new LineProblem(line.line(), line.contact().name() + " appears twice for UPN " + line.upn()
                        + ", on lines " + first + " and " + line.line() + ": keep one of them"));
                continue;
            }
            PupilContact c = line.contact();
            byPupil.computeIfAbsent(pupil, k -> new ArrayList<>()).add(new PupilContact(null, pupil, c.name(),
                    c.relationship(), c.parentalResponsibility(), c.priority(), c.email(), c.phone(), c.address(),
                    c.noContact()));
        }
        return new Checked(byPupil, errors, result.rowsRead());
    }
}
