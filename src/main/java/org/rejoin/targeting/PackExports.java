package org.rejoin.targeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rejoin.ladder.LadderRung;
import org.rejoin.ladder.LadderService;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.internal.PackDocument;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The pack leaving Rejoin: the pupil list as a CSV spreadsheet (UTF-8 with a byte order mark, so Excel reads it)
 * and the whole pack as a PDF for the meeting. Both are read page by page through the pack's scoped queries, and
 * every copy is audited: it is children's data leaving the system.
 */
@Service
public class PackExports {

    static final int PAGE = 500;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader("Pupil", "UPN", "Year", "SEN",
            "Attendance", "Sessions present", "Sessions possible", "50% or below", "Case", "Open referrals", "Agencies")
            .get();

    private final TargetingPack packs;
    private final TargetingMeetings meetings;
    private final AuditTrail audit;
    private final LadderService ladders;

    private final Clock clock;

    PackExports(TargetingPack packs, TargetingMeetings meetings, AuditTrail audit, LadderService ladders, Clock clock) {
        this.clock = clock;
        this.packs = packs;
        this.meetings = meetings;
        this.audit = audit;
        this.ladders = ladders;
    }

    /** The pupils in the band as CSV; empty, and the attempt audited, for a school the person does not oversee. */
    public Optional<byte[]> pupilsCsv(UserAccount user, UUID schoolId, AttendanceBand band) {
        if (packs.pack(user, schoolId).isEmpty()) {
            audit.deniedAccess(user, TargetingMeetings.SUBJECT, schoolId);
            return Optional.empty();
        }
        List<PackPupil> rows = all(user, schoolId, band);
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (PackPupil p : rows) {
                org.rejoin.base.ui.SpreadsheetCells.printRecord(csv, p.name(), p.upn(), p.yearGroup(), p.sen().label(), p.attendance(), p.sessionsPresent(),
                        p.sessionsPossible(), p.severelyAbsent() ? "Yes" : "No", p.caseState(), p.openReferralCount(),
                        p.referrals());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(user.username(), "EXPORTED", TargetingMeetings.SUBJECT, schoolId,
                rows.size() + " pupils " + band.label().toLowerCase(java.util.Locale.UK) + " (CSV)");
        return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The whole pack as a PDF; empty, and the attempt audited, for a school the person does not oversee. */
    public Optional<byte[]> packPdf(UserAccount user, UUID schoolId) {
        Optional<Pack> pack = packs.pack(user, schoolId);
        if (pack.isEmpty()) {
            audit.deniedAccess(user, TargetingMeetings.SUBJECT, schoolId);
            return Optional.empty();
        }
        List<PackPupil> pupils = all(user, schoolId, AttendanceBand.AT_OR_BELOW_90);
        List<AgreedAction> carried = meetings.carriedForward(user, schoolId, PageRequest.of(0, PAGE)).getContent();
        PastMeeting last = meetings.meetings(user, schoolId, PageRequest.of(0, 1)).stream().findFirst().orElse(null);
        byte[] pdf = PackDocument.pdf(pack.get(), pupils, carried, last, user.displayName(), LocalDate.now(clock),
                onTheLadder(schoolId, pupils));
        audit.record(user.username(), "EXPORTED", TargetingMeetings.SUBJECT, schoolId,
                "targeting pack (PDF), " + pupils.size() + " pupils");
        return Optional.of(pdf);
    }

    /** The pack's pupils on the ladder by name, then how many more are on it above 90% attendance. */
    private List<String> onTheLadder(UUID schoolId, List<PackPupil> pupils) {
        Map<UUID, LadderRung> climbing = ladders.climbingAt(schoolId);
        List<String> lines = new ArrayList<>();
        for (PackPupil p : pupils) {
            LadderRung rung = climbing.get(p.pupilId());
            if (rung != null) {
                lines.add(p.name() + ", year " + p.yearGroup() + ", " + p.attendance() + ": " + rung.label());
            }
        }
        long above = climbing.size() - lines.size();
        if (above > 0) {
            lines.add(above + (above == 1 ? " more family" : " more families") + " on the ladder above 90% attendance");
        }
        return lines;
    }

    private List<PackPupil> all(UserAccount user, UUID schoolId, AttendanceBand band) {
        List<PackPupil> rows = new ArrayList<>();
        Page<PackPupil> page = packs.pupils(user, schoolId, band, PageRequest.of(0, PAGE));
        rows.addAll(page.getContent());
        while (page.hasNext()) {
            page = packs.pupils(user, schoolId, band, page.nextPageable());
            rows.addAll(page.getContent());
        }
        return rows;
    }
}
