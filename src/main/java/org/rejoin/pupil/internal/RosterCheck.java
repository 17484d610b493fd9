package org.rejoin.pupil.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.pupil.PupilRecord;

/** Reads and checks a roster file for one school: every line, UPNs twice in the file or on another school's roll. */
public final class RosterCheck {

    private RosterCheck() {
    }

    /** The pupils to write, how many are already on this school's roll, and the bad lines. */
    public record Checked(List<PupilRecord> pupils, int alreadyOnRoll, List<LineProblem> errors, int rowsRead,
                          Map<String, String> misIdsByUpn) {
    }

    public static Checked read(CsvFile file, UUID schoolId, RosterStore store, LocalDate today,
                               ImportProgress.Listener progress) {
        var reading = new ImportProgress(progress, "Reading", file.estimatedRows());
        Map<String, Long> lineOf = new HashMap<>();
        Map<String, String> misIdsByUpn = new HashMap<>();
        Map<String, Long> lineOfMisId = new HashMap<>();
        List<LineProblem> errors = new ArrayList<>();
        CsvFile.Result<PupilRecord> result = file.read(RosterColumn.class, RosterColumn.EXPECTED, "pupil rows",
                (row, reasons) -> {
                    PupilRecord pupil = RosterRowCheck.check(row, reasons, today);
                    String misId = RosterRowCheck.misId(row, reasons);
                    if (pupil != null && misId != null) {
                        Long first = lineOfMisId.putIfAbsent(misId, row.line());
                        if (first != null) {
                            reasons.add("MIS ID " + misId + " appears twice, on lines " + first + " and "
                                    + row.line() + ": each pupil has their own");
                            return null;
                        }
                        misIdsByUpn.put(pupil.upn(), misId);
                    }
                    if (pupil != null) {
                        Long first = lineOf.putIfAbsent(pupil.upn(), row.line());
                        if (first != null) {
                            reasons.add("UPN " + pupil.upn() + " appears twice, on lines " + first + " and "
                                    + row.line() + ": keep one of them");
                            return null;
                        }
                    }
                    return pupil;
                }, reading::done);
        reading.finish(result.rowsRead());
        errors.addAll(result.errors());
        var checking = new ImportProgress(progress, "Checking UPNs", lineOf.size());
        Map<String, UUID> schools = store.schoolsOf(lineOf.keySet());
        checking.finish(lineOf.size());
        int onRoll = 0;
        for (PupilRecord pupil : result.rows()) {
            UUID school = schools.get(pupil.upn());
            if (school == null) {
                continue;
            }
            if (school.equals(schoolId)) {
                onRoll++;
            } else {
                errors.add(new LineProblem(lineOf.get(pupil.upn()), "UPN " + pupil.upn() + " is already on "
                        + "another school's roll in Rejoin, so it cannot be added to yours: check the UPN"));
            }
        }
        Map<String, String> upnsByMisId = store.misIdsOfSchool(schoolId);
        misIdsByUpn.forEach((upn, misId) -> {
            String holder = upnsByMisId.get(misId);
            if (holder != null && !holder.equals(upn) && !(misIdsByUpn.containsKey(holder)
                    && !misIdsByUpn.get(holder).equals(misId))) {
                errors.add(new LineProblem(lineOfMisId.get(misId), "MIS ID " + misId + " belongs to the pupil with "
                        + "UPN " + holder + " on your roll: check the MIS ID"));
            }
        });
        return new Checked(result.rows(), onRoll, errors, result.rowsRead(), misIdsByUpn);
    }
}
