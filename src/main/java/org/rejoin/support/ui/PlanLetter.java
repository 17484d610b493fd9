package org.rejoin.support.ui;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.rejoin.base.ui.UkDates;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;
import org.rejoin.support.SupportPlan;

/**
 * The plan as a letter to share with the pupil's parents or carers: the goal, the steps in order with what
 * helps at each, how the school keeps in touch and when the next review is. Nothing from the case's record
 * (notes, reviews, safeguarding) goes into it.
 */
final class PlanLetter {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 11);

    private PlanLetter() {
    }

    static byte[] pdf(SupportPlan plan, String pupilName, String keyAdultName, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(pupilName + "'s plan for coming back to school");
        document.open();
        document.add(new Paragraph(pupilName + "'s plan for coming back to school", TITLE));
        document.add(text("Written " + UkDates.formatInWords(now.atZone(UkDates.ZONE).toLocalDate())
                + ". We agreed this plan together. We take one small step at a time and only move on when a step "
                + "has gone well."));
        heading(document, "Where we are heading");
        document.add(text(plan.overallGoal() == null ? "We will agree this together." : plan.overallGoal()));
        heading(document, "The steps, in order");
        document.add(steps(plan));
        heading(document, "Keeping in touch");
        document.add(text((keyAdultName == null ? "" : keyAdultName + " is " + pupilName + "'s key adult in school. ")
                + (plan.parentContact() == null ? "" : "We keep in touch with " + PlanWords.contact(plan.parentContact())
                .toLowerCase(java.util.Locale.UK) + (plan.contactArrangements() == null ? "." : ": "
                + plan.contactArrangements()))));
        heading(document, "Next review");
        document.add(text("We look at how the current step is going together every " + PlanWords.every(plan.reviewEvery())
                + ". Next review: " + PlanPanel.nextReview(plan, now) + "."));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable steps(SupportPlan plan) {
        PdfPTable table = new PdfPTable(new float[] {1, 6, 5, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String header : new String[] {"", "Step", "What helps", "How it is going"}) {
            table.addCell(new Paragraph(header, HEADING));
        }
        int number = 0;
        for (PlanStep step : plan.steps()) {
            if (step.state() == StepState.REPLACED) {
                continue; // replaced by smaller steps, which follow
            }
            table.addCell(new Paragraph(String.valueOf(++number), TEXT));
            table.addCell(new Paragraph(step.description(), TEXT));
            table.addCell(new Paragraph(PlanWords.adjustments(step), TEXT));
            table.addCell(new Paragraph(switch (step.state()) {
                case ACHIEVED -> "Done";
                case CURRENT -> "Working on it now";
                default -> "To come";
            }, TEXT));
        }
        return table;
    }

    private static void heading(Document document, String words) {
        Paragraph heading = new Paragraph(words, HEADING);
        heading.setSpacingBefore(14);
        heading.setAlignment(Element.ALIGN_LEFT);
        document.add(heading);
    }

    private static Paragraph text(String words) {
        Paragraph paragraph = new Paragraph(words, TEXT);
        paragraph.setSpacingBefore(4);
        return paragraph;
    }
}
