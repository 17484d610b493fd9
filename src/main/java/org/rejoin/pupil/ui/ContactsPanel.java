package org.rejoin.pupil.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.function.Supplier;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.pupil.ContactService;
import org.rejoin.pupil.PupilContact;
import org.rejoin.pupil.PupilRecord;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.UserAccount;

/** The parents and carers of the pupil picked on the roster, added to or corrected by hand. */
class ContactsPanel extends VerticalLayout {

    private final transient ContactService contacts;
    private final UserAccount admin;
    private final transient Supplier<UUID> school;
    private PupilRecord pupil;
    private PupilContact editing;

    final H3 heading = new H3();
    final Grid<PupilContact> grid = new Grid<>(PupilContact.class, false);
    final TextField name = new TextField("Name");
    final TextField relationship = new TextField("Relationship");
    final Checkbox parentalResponsibility = new Checkbox("Parental responsibility");
    final IntegerField priority = new IntegerField("Priority");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone");
    final TextField address = new TextField("Address");
    final Checkbox noContact = new Checkbox("No contact");
    final Button save = new Button("Add contact");
    private final FieldMessages messages = new FieldMessages();

    ContactsPanel(ContactService contacts, UserAccount admin, Supplier<UUID> school) {
        this.contacts = contacts;
        this.admin = admin;
        this.school = school;
        setPadding(false);
        grid.addColumn(PupilContact::priority).setHeader("Priority").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PupilContact::name).setHeader("Name");
        grid.addColumn(PupilContact::relationship).setHeader("Relationship");
        grid.addColumn(c -> c.parentalResponsibility() ? "Yes" : "No").setHeader("Parental responsibility");
        grid.addColumn(c -> c.email() == null ? "" : c.email()).setHeader("Email");
        grid.addColumn(c -> c.phone() == null ? "" : c.phone()).setHeader("Phone");
        grid.addColumn(c -> c.noContact() ? "Do not contact" : "").setHeader("");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Parents and carers");
        grid.addItemClickListener(e -> edit(e.getItem()));
        priority.setMin(1);
        priority.setMax(99);
        messages.field("name", name).field("relationship", relationship).field("priority", priority)
                .field("email", email).field("phone", phone).field("address", address);
        save.addClickListener(e -> save());
        add(heading, grid, new FormLayout(name, relationship, priority, email, phone, address, parentalResponsibility,
                noContact), new HorizontalLayout(save, new Button("New contact", e -> edit(null))), messages.general());
        setVisible(false);
    }

    void show(PupilRecord chosen) {
        pupil = chosen;
        setVisible(chosen != null && chosen.id() != null);
        if (isVisible()) {
            heading.setText("Parents and carers of " + chosen.knownAs());
            grid.setItems(contacts.contactsForAdmin(admin, school.get(), chosen.id()));
            edit(null);
        }
    }

    void save() {
        messages.clear();
        try {
            contacts.save(admin, school.get(), new PupilContact(editing == null ? null : editing.id(), pupil.id(),
                    name.getValue(), relationship.getValue(), parentalResponsibility.getValue(),
                    priority.getValue() == null ? 0 : priority.getValue(), email.getValue(), phone.getValue(),
                    address.getValue(), noContact.getValue()));
            show(pupil);
        } catch (FieldProblem problem) {
            messages.show(problem.field(), problem.getMessage());
        }
    }

    private void edit(PupilContact contact) {
        editing = contact;
        messages.clear();
        name.setValue(contact == null ? "" : contact.name());
        relationship.setValue(contact == null ? "" : contact.relationship());
        parentalResponsibility.setValue(contact != null && contact.parentalResponsibility());
        priority.setValue(contact == null ? 1 : contact.priority());
        email.setValue(contact == null || contact.email() == null ? "" : contact.email());
        phone.setValue(contact == null || contact.phone() == null ? "" : contact.phone());
        address.setValue(contact == null || contact.address() == null ? "" : contact.address());
        noContact.setValue(contact != null && contact.noContact());
        save.setText(contact == null ? "Add contact" : "Save contact");
    }
}
