package org.rejoin.ladder.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.rejoin.attendance.RegisterFigures;
import org.rejoin.attendance.RegisterWeek;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The evidence pack the school sends the local authority with a request: attendance week by week from the
 * session registers, the support offered and when, contracts and notices, and the family's engagement from the
 * chronology. What an agency shared stays out: referrals appear by their title only, and neither safeguarding
 * entries nor notes are included.
 */
@Component
public class EvidencePack {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    /** The kinds whose body the local authority may read; escalations (referrals) show their title only. */
    private static final EnumSet<EntryKind> IN_FULL = EnumSet.of(EntryKind.CASE, EntryKind.PARENT_CONTACT,
            EntryKind.MEETING, EntryKind.ATTENDANCE);

    private final LadderStore store;
    private final RegisterFigures registers;
    private final Chronology chronology;

    EvidencePack(LadderStore store, RegisterFigures registers, Chronology chronology) {
        this.store = store;
        this.registers = registers;
        this.chronology = chronology;
    }

    public byte[] pdf(UserAccount user, LadderStore.LadderRow ladder, CaseDetails details) {
        LocalDate today = LocalDate.now(UkDates.ZONE);
        var summary = details.summary();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Evidence pack: " + summary.pupilName());
        document.open();
        document.add(new Paragraph("Evidence pack for the local authority: " + summary.pupilName(), TITLE));
        text(document, "Confidential: personal data about a child, for the local authority's decision on this request "
                + "only. Prepared on " + UkDates.formatLong(today) + " by " + user.displayName() + ". UPN "
                + summary.upn() + ", year " + summary.yearGroup() + ". Formal support started on "
                + UkDates.formatLong(ladder.startedAt().atZone(UkDates.ZONE).toLocalDate()) + ". Now: "
                + ladder.position().sentence());

        heading(document, "Attendance this school year, week by week (session registers)");
        List<RegisterWeek> weeks = registers.weeksOf(user, summary.pupilId(), today).orElse(List.of());
        if (weeks.isEmpty()) {
            text(document, "No session marks are recorded for this pupil this school year.");
        } else {
            PdfPTable table = table("Week starting", "Possible", "Present", "Authorised absence",
                    "Unauthorised absence", "Attendance");
            for (RegisterWeek week : weeks) {
                var w = week.week();
                cells(table, UkDates.format(week.weekStarting()), String.valueOf(w.possible()),
                        String.valueOf(w.attended()), String.valueOf(w.authorised()), String.valueOf(w.unauthorised()),
                        String.format(Locale.UK, "%.1f%%", w.attendancePercent()));
            }
            document.add(table);
            var year = weeks.getLast().yearToDate();
            text(document, String.format(Locale.UK, "Year to date: %.1f%% attendance; %d sessions of unauthorised "
                    + "absence (codes G, N, O, U) and %d authorised.", year.attendancePercent(), year.unauthorised(),
                    year.authorised()));
        }

        heading(document, "Support offered, contracts and notices");
        var rungs = store.rungs(ladder.id());
        if (rungs.isEmpty()) {
            text(document, "Nothing is recorded on the ladder yet.");
        }
        for (var rung : rungs) {
            text(document, UkDates.format(rung.recordedOn()) + " - " + rung.rung().label() + ": " + rung.summary());
        }

        heading(document, "The family's engagement and the chronology");
        var entries = chronology.entries(user, summary.id(), EnumSet.of(EntryKind.CASE, EntryKind.PARENT_CONTACT,
                EntryKind.MEETING, EntryKind.ESCALATION, EntryKind.ATTENDANCE), PageRequest.of(0, 200)).getContent();
        for (ChronologyEntry entry : entries) {
            String day = UkDates.format(entry.occurredAt().atZone(UkDates.ZONE).toLocalDate());
            boolean full = IN_FULL.contains(entry.kind()) && entry.body() != null && !entry.body().isBlank();
            String by = entry.actorName() == null ? "" : " (" + entry.actorName() + ")"; // who did it, by name
            text(document, day + " - " + entry.title() + by + (full ? ": " + entry.body() : ""));
        }
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, String words) {
        Paragraph heading = new Paragraph(words, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static void text(Document document, String words) {
        document.add(new Paragraph(words, TEXT));
    }

    private static PdfPTable table(String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, BOLD)));
        }
        return table;
    }

    private static void cells(PdfPTable table, String... texts) {
        for (String text : texts) {
            table.addCell(new PdfPCell(new Phrase(text, TEXT)));
        }
    }
}
