package org.rejoin.targeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.AgreedAction;
import org.rejoin.targeting.PastMeeting;
import org.rejoin.targeting.TargetingMeetings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The school's meetings, newest first, a few at a time: who came, the notes, what each agreed (and what became of
 * it since) and what it closed.
 */
class PastMeetingsSection extends VerticalLayout {

    static final int PAGE = 5;

    final VerticalLayout list = new VerticalLayout();
    final Button older = new Button("Show older meetings");
    private final transient TargetingMeetings meetings;
    private final transient UserAccount user;
    private final UUID schoolId;
    private Page<PastMeeting> shown;

    PastMeetingsSection(TargetingMeetings meetings, UserAccount user, UUID schoolId) {
        this.meetings = meetings;
        this.user = user;
        this.schoolId = schoolId;
        setPadding(false);
        list.setPadding(false);
        older.addClickListener(e -> show(shown.nextPageable().getPageNumber()));
        add(new H2("Past meetings"), list, older);
        show(0);
        if (shown.isEmpty()) {
            list.add(new Paragraph("No meeting is recorded yet."));
        }
    }

    private void show(int page) {
        shown = meetings.meetings(user, schoolId, PageRequest.of(page, PAGE));
        shown.forEach(m -> list.add(meeting(m)));
        older.setVisible(shown.hasNext());
    }

    private static Details meeting(PastMeeting past) {
        var m = past.meeting();
        var content = new VerticalLayout(new Paragraph("Who attended: " + m.attendees()));
        content.setPadding(false);
        if (m.notes() != null) {
            content.add(new Paragraph("Notes: " + m.notes()));
        }
        content.add(new Paragraph("Recorded by " + m.recorder() + " on " + UkDates.formatDateTime(m.recordedAt())));
        content.add(new H4("Agreed at this meeting"), actions(past.agreed(), true));
        content.add(new H4("Closed at this meeting"), actions(past.closed(), false));
        var details = new Details("Meeting of " + UkDates.formatLong(m.heldOn()), content);
        details.addClassName("past-meeting");
        return details;
    }

    private static UnorderedList actions(List<AgreedAction> actions, boolean agreedHere) {
        var items = new UnorderedList();
        if (actions.isEmpty()) {
            items.add(new ListItem("None."));
        }
        actions.forEach(a -> items.add(new ListItem(a.action() + " (" + a.who()
                + (a.dueOn() == null ? "" : ", due " + UkDates.format(a.dueOn())) + "): "
                + (agreedHere ? now(a) : a.status().label().toLowerCase(UkDates.LOCALE) + ", agreed at the meeting of "
                + UkDates.format(a.agreedOn())) + (a.closingNote() == null ? "" : ". " + a.closingNote()))));
        return items;
    }

    private static String now(AgreedAction a) {
        return a.isOpen() ? "still open" : a.status().label().toLowerCase(UkDates.LOCALE) + " at the meeting of "
                + UkDates.format(a.closedOn());
    }
}
