package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import org.rejoin.insight.CaseListFilter;
import org.rejoin.insight.CaseListFilter.Kind;
import org.rejoin.insight.Overview.Attention;

/**
 * What needs attention first, at the top of the overview: five counts of cases, each a link to the list of
 * those cases (zero too, so the list can say there are none).
 */
class AttentionCounts extends Div {

    final List<RouterLink> links = new ArrayList<>();

    AttentionCounts(Attention counts, String school) {
        var list = new UnorderedList();
        list.addClassName("attention-counts");
        list.add(count(counts.unclaimed(), "cases with a step nobody has claimed", Kind.UNCLAIMED, school),
                count(counts.overdue(), "cases with an overdue step", Kind.OVERDUE_ANYONE, school),
                count(counts.dueThisWeek(), "cases with a step due in the next 7 days", Kind.DUE_THIS_WEEK, school),
                count(counts.stalledPlans(), "support plans stalled at their latest review", Kind.STALLED_PLANS, school),
                count(counts.waitingOnAgencies(), "cases waiting on an agency to answer a referral",
                        Kind.WAITING_ON_AGENCIES, school));
        add(new H2("Needs attention first"), list);
    }

    private ListItem count(long value, String what, Kind kind, String school) {
        var number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        var link = new RouterLink("", OverviewCasesView.class);
        link.add(number, new Span(what));
        link.setQueryParameters(CaseListFilter.of(kind).ofSchool(school).query());
        link.addClassName("attention-link");
        links.add(link);
        var item = new ListItem(link);
        item.addClassName("figure");
        return item;
    }
}
