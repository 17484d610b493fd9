package org.rejoin.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseSection;
import org.rejoin.pupil.ContactService;
import org.rejoin.pupil.PupilContact;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * The pupil's parents and carers on the case page, first to contact first, for the staff who may see the pupil
 * (the contact service checks); someone marked "no contact" is shown as such so nobody contacts them by mistake.
 */
@Component
class ContactsSection implements CaseSection {

    private final ContactService contacts;

    ContactsSection(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(UserAccount user, CaseDetails details,
                                                                Runnable recorded) {
        List<PupilContact> found = contacts.contacts(user, details.summary().pupilId());
        var list = new UnorderedList();
        found.forEach(c -> list.add(new ListItem(line(c))));
        var section = new Div(new H2("Parents and carers"), found.isEmpty()
                ? new Paragraph("No parents or carers are recorded: the school's administrator imports them from "
                + "the MIS or adds them on the Roster page.") : list);
        section.addClassName("case-contacts");
        return Optional.of(section);
    }

    private static String line(PupilContact c) {
        StringBuilder text = new StringBuilder(c.name()).append(" (").append(c.relationship());
        if (c.parentalResponsibility()) {
            text.append(", parental responsibility");
        }
        text.append(")");
        if (c.noContact()) {
            return text.append(": do not contact").toString();
        }
        if (c.phone() != null) {
            text.append(", ").append(c.phone());
        }
        if (c.email() != null) {
            text.append(", ").append(c.email());
        }
        return text.toString();
    }
}
