package org.rejoin.insight.ui;

import static org.rejoin.insight.ui.FigureTable.number;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.rejoin.insight.CaseListFilter;
import org.rejoin.insight.CaseListFilter.Kind;
import org.rejoin.referral.ReferralFigures.ReferralCount;
import org.rejoin.referral.ReferralStatus;

/** The school's referrals by agency and status, and those waiting past their answer-by date (SLA breaches). */
class ReferralTable extends Div {

    final FigureTable table = new FigureTable("Referrals by agency and status", "Agency", "Status", "Referrals",
            "Past the answer-by date");

    ReferralTable(List<ReferralCount> counts, String school) {
        for (ReferralCount c : counts) {
            String agency = c.agencyType().name();
            String status = c.status().name();
            String label = c.agencyType().label() + ", " + c.status().label();
            table.add(c.agencyType().label(), new Span(c.status().label()),
                    number(c.referrals(), CaseListFilter.of(Kind.REFERRAL, "agency", agency, "status", status).ofSchool(school),
                            "referrals, " + label),
                    c.status() == ReferralStatus.SENT
                            ? number(c.pastAnswerBy(), CaseListFilter.of(Kind.REFERRAL, "agency", agency,
                                    "status", status, "late", "true").ofSchool(school), "referrals past their answer-by date, " + label)
                            : new Span("–"));
        }
        if (counts.isEmpty()) {
            table.addNothing("No referrals yet.", 4);
        }
        long late = counts.stream().mapToLong(ReferralCount::pastAnswerBy).sum();
        add(new H2("Referrals"), new Paragraph(late == 0 ? "No agency has gone past its answer-by date."
                : late + (late == 1 ? " referral is" : " referrals are") + " waiting past the agency's answer-by date."),
                table);
    }
}
