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
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The evidence pack the school sends the local authority with a request: attendance with its session codes (or
 * weekly totals where no sessions are recorded), the support offered on the case and when (journey, plan steps,
 * accepted referrals, contracts and notices), contracts and notices, and the family's engagement from the
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
    private final PackAttendance attendance;
    private final SupportOffered support;
    private final Chronology chronology;
    private final Clock clock;

    EvidencePack(LadderStore store, PackAttendance attendance, SupportOffered support, Chronology chronology, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.attendance = attendance;
        this.support = support;
        this.chronology = chronology;
    }

    public byte[] pdf(UserAccount user, LadderStore.LadderRow ladder, CaseDetails details) {
        LocalDate today = LocalDate.now(clock);
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

        attendance.write(document, user, summary.pupilId(), today);

        heading(document, "Support offered on the case");
        text(document, SupportOffered.asText(support.of(summary.id())));

        heading(document, "Contracts and notices on this ladder");
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

    static void heading(Document document, String words) {
        Paragraph heading = new Paragraph(words, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    static void text(Document document, String words) {
        document.add(new Paragraph(words, TEXT));
    }

    static PdfPTable table(String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, BOLD)));
        }
        return table;
    }

    static void cells(PdfPTable table, String... texts) {
        for (String text : texts) {
            table.addCell(new PdfPCell(new Phrase(text, TEXT)));
        }
    }
}
