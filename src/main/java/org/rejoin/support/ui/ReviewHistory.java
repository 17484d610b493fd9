package org.rejoin.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.support.PlanReview;
import org.rejoin.support.SupportPlanService;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The reviews so far, newest first, a few at a time from the database ("Show older reviews"). */
class ReviewHistory extends Div {

    static final int PAGE_SIZE = 5;

    final NativeTable table = new NativeTable();
    final Button older = new Button("Show older reviews");
    final Paragraph count = new Paragraph();
    private final transient SupportPlanService plans;
    private final transient UserAccount user;
    private final UUID caseId;
    private int pagesShown;

    /** Each review says who by name (read with the review), whether or not they are on the case's team. */
    ReviewHistory(SupportPlanService plans, UserAccount user, UUID caseId) {
        this.plans = plans;
        this.user = user;
        this.caseId = caseId;
        addClassName("plan-reviews");
        table.setCaptionText("Reviews of the current step, newest first");
        NativeTableRow header = table.getHead().addRow();
        for (String column : new String[] {"Date", "Who", "Step", "How it was going", "What was noticed"}) {
            header.addHeaderCell().setText(column);
        }
        header.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        older.addClickListener(e -> showPage(pagesShown));
        add(new H3("Reviews"), count, table, older);
        showPage(0);
    }

    private void showPage(int number) {
        Page<PlanReview> page = plans.reviews(user, caseId, PageRequest.of(number, PAGE_SIZE));
        for (PlanReview review : page) {
            NativeTableRow row = table.getBody().addRow();
            var date = row.addHeaderCell();
            date.setText(UkDates.format(review.reviewedAt().atZone(UkDates.ZONE).toLocalDate()));
            date.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(review.reviewerName());
            row.addDataCell().setText(review.stepDescription() == null ? "" : review.stepDescription());
            row.addDataCell().setText(PlanWords.outcome(review.outcome(), review.agencyType()));
            row.addDataCell().setText(review.notes() == null ? "" : review.notes());
        }
        pagesShown = number + 1;
        long shown = table.getBody().getRows().size();
        count.setText(page.getTotalElements() == 0 ? "No reviews yet."
                : "Showing " + shown + " of " + page.getTotalElements() + " reviews.");
        table.setVisible(page.getTotalElements() > 0);
        older.setVisible(page.hasNext());
    }
}
