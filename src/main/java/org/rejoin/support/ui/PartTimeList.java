package org.rejoin.support.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import org.rejoin.base.ui.UkDates;
import org.rejoin.support.PartTimeTimetable;

/** The plan's part-time timetables, newest first: dates, where each is, and a warning in words when one ends soon. */
class PartTimeList extends Div {

    /** Signed off and ending within this many days: said so plainly. */
    static final int ENDS_SOON_DAYS = 7;

    final UnorderedList items = new UnorderedList();

    PartTimeList(List<PartTimeTimetable> timetables, LocalDate today) {
        addClassName("plan-part-time");
        add(new H3("Part-time timetables"));
        if (timetables.isEmpty()) {
            add(new Paragraph("None. A part-time timetable is exceptional and short: at most six weeks, agreed "
                    + "with the parents and signed off by a leader."));
            return;
        }
        timetables.forEach(t -> items.add(item(t, today)));
        add(items);
    }

    static String describe(PartTimeTimetable t, LocalDate today) {
        String dates = t.startDate() == null ? "dates not recorded yet"
                : UkDates.format(t.startDate()) + " to " + UkDates.format(t.endDate());
        String where = switch (t.state()) {
            case PROPOSED, AWAITING_SIGN_OFF, REFUSED -> t.state().label()
                    + (t.decisionNotes() == null ? "" : ": " + t.decisionNotes());
            case APPROVED -> t.endDate() != null && t.endDate().isBefore(today) ? "Ended, not reviewed yet"
                    : t.startDate() != null && t.startDate().isAfter(today) ? "Signed off, starts "
                    + UkDates.format(t.startDate()) : "Running";
            case REVIEWED -> "Reviewed: " + PlanWords.partTimeReview(t.reviewOutcome());
            case WITHDRAWN -> t.state().label() + (t.withdrawReason() == null ? "" : ": " + t.withdrawReason());
        };
        String soon = t.endsWithin(today, ENDS_SOON_DAYS) && !t.endDate().isBefore(today)
                ? " — ends soon, on " + UkDates.formatInWords(t.endDate()) : "";
        return dates + ": " + where + soon;
    }

    private static ListItem item(PartTimeTimetable t, LocalDate today) {
        ListItem item = new ListItem(new Span(describe(t, today)));
        item.addClassName("plan-part-time-" + t.state().name().toLowerCase(java.util.Locale.ROOT));
        if (t.endsWithin(today, ENDS_SOON_DAYS)) {
            item.addClassName("plan-part-time-ending");
        }
        if (t.reducedDay() != null) {
            item.add(new Paragraph("The reduced day: " + t.reducedDay()));
        }
        if (t.reason() != null) {
            item.add(new Paragraph("Why: " + t.reason()));
        }
        return item;
    }
}
