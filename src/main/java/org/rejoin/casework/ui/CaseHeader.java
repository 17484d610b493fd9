package org.rejoin.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.CaseSummary;

/** The facts of the case at a glance: pupil, stage, how and when it began, and the team. No photo. */
class CaseHeader extends Div {

    CaseHeader(CaseDetails details) {
        addClassName("case-header");
        CaseSummary c = details.summary();
        var facts = new DescriptionList();
        term(facts, "Pupil", c.pupilName() + ", UPN " + c.upn() + ", Year " + c.yearGroup());
        term(facts, "Stage", c.state() == CaseState.CLOSED ? "Closed on " + date(details.closedAt()) : c.stage().label());
        term(facts, "Opened", date(c.openedAt()) + " (" + c.origin().label().toLowerCase(UkDates.LOCALE) + ")");
        term(facts, "Why", c.reason());
        if (details.closedReason() != null) {
            term(facts, "Closed because", details.closedReason());
        }
        term(facts, "Team", details.team().isEmpty() ? "Not assembled yet (step 3)"
                : String.join("; ", details.team().stream().map(m -> m.role().label() + ": " + m.displayName()
                        + (m.jobTitle() == null ? "" : " (" + m.jobTitle() + ")")).toList()));
        var pupilLink = new Anchor("pupils/" + c.pupilId(), "Pupil record and weekly figures");
        add(facts, pupilLink);
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(new Span(description)));
    }

    private static String date(java.time.Instant instant) {
        return instant == null ? "" : UkDates.format(instant.atZone(UkDates.ZONE).toLocalDate());
    }
}
