package org.rejoin.targeting.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.rejoin.base.ui.UkDates;
import org.rejoin.targeting.AgreedAction;
import org.rejoin.targeting.Pack;
import org.rejoin.targeting.PackPupil;
import org.rejoin.targeting.PastMeeting;

/**
 * The pack to take into the meeting, as a PDF: the counts, the actions carried forward, every pupil at or below
 * 90% with their case and open referrals, and what the last meeting agreed. Landscape, so the pupil table fits.
 */
public final class PackDocument {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font CELL_HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private PackDocument() {
    }

    public static byte[] pdf(Pack pack, List<PackPupil> pupils, List<AgreedAction> carried, PastMeeting last,
                             String preparedBy, LocalDate today) {
        return pdf(pack, pupils, carried, last, preparedBy, today, List.of());
    }

    /** As above, with the families on the statutory ladder, one line each ("name, year: rung"). */
    public static byte[] pdf(Pack pack, List<PackPupil> pupils, List<AgreedAction> carried, PastMeeting last,
                             String preparedBy, LocalDate today, List<String> onTheLadder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        String title = "Targeting support meeting: " + pack.school().name();
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, TITLE));
        document.add(text("Confidential: personal data about children. Keep it safe and share it only with the people "
                + "at the meeting."));
        document.add(text("Prepared on " + UkDates.formatInWords(today) + " by " + preparedBy + " for the school and "
                + pack.school().localAuthority() + ". Attendance this school year, counted from the week of "
                + UkDates.formatInWords(pack.countedFrom()) + "."));
        document.add(text(pack.atOrBelow90() + " of " + pack.pupils() + " pupils are at or below 90% attendance "
                + "(persistently absent); " + pack.atOrBelow50() + " of them at or below 50% (severely absent)."));
        heading(document, "Actions carried forward");
        document.add(carried.isEmpty() ? text("No actions are open from earlier meetings.") : actions(carried));
        heading(document, "Pupils at or below 90% attendance, lowest first");
        document.add(pupils.isEmpty() ? text("None.") : pupils(pupils));
        heading(document, "Families on the statutory ladder (formal support and legal intervention)");
        document.add(text(onTheLadder.isEmpty() ? "None." : String.join("\n", onTheLadder)));
        heading(document, "The last meeting");
        document.add(text(last == null ? "No meeting is recorded yet." : "Held on "
                + UkDates.formatInWords(last.meeting().heldOn()) + ". Attended by " + last.meeting().attendees() + "."
                + (last.meeting().notes() == null ? "" : " Notes: " + last.meeting().notes())));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable actions(List<AgreedAction> carried) {
        PdfPTable table = table(new float[] {8, 4, 2, 2}, "Action", "Who", "Due", "Agreed");
        for (AgreedAction a : carried) {
            cells(table, a.action(), a.who(), UkDates.format(a.dueOn()), UkDates.format(a.agreedOn()));
        }
        return table;
    }

    private static PdfPTable pupils(List<PackPupil> pupils) {
        PdfPTable table = table(new float[] {4, 1, 2, 2, 5, 6}, "Pupil", "Year", "Attendance", "50% or below",
                "Case", "Open referrals");
        for (PackPupil p : pupils) {
            cells(table, p.name(), String.valueOf(p.yearGroup()), p.attendance(), p.severelyAbsent() ? "Yes" : "",
                    p.caseState(), p.referrals());
        }
        return table;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            table.addCell(new Paragraph(header, CELL_HEADING));
        }
        return table;
    }

    private static void cells(PdfPTable table, String... texts) {
        for (String text : texts) {
            table.addCell(new Paragraph(text, TEXT));
        }
    }

    private static void heading(Document document, String words) {
        Paragraph heading = new Paragraph(words, HEADING);
        heading.setSpacingBefore(14);
        document.add(heading);
    }

    private static Paragraph text(String words) {
        Paragraph paragraph = new Paragraph(words, TEXT);
        paragraph.setSpacingBefore(4);
        return paragraph;
    }
}
