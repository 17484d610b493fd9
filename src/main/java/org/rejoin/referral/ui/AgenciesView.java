package org.rejoin.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.pupil.LocalAuthorityInfo;
import org.rejoin.pupil.SchoolAdministration;
import org.rejoin.referral.AgencyDetails;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.UserAccount;

/** A system administrator registers the agencies serving each local authority: one of each kind. */
@Route(value = "admin/agencies", layout = MainLayout.class)
@PageTitle("Agencies | Rejoin")
@Menu(order = 86, title = "Agencies", icon = "vaadin:handshake")
@RolesAllowed("ADMIN")
public class AgenciesView extends VerticalLayout {

    private final transient AgencyService agencies;
    private final UserAccount admin;

    final Grid<AgencyDetails> grid = new Grid<>(AgencyDetails.class, false);
    final TextField name = new TextField("Agency name");
    final Select<AgencyType> type = new Select<>();
    final ComboBox<String> localAuthority = new ComboBox<>("Local authority it serves");
    final EmailField contactEmail = new EmailField("Shared contact email");
    final Button save = new Button("Register agency");
    final Button fresh = new Button("New agency");
    final Paragraph saved = new Paragraph();
    private final FieldMessages messages = new FieldMessages();
    private AgencyDetails editing;

    public AgenciesView(AgencyService agencies, SchoolAdministration register, CurrentUser currentUser) {
        this.agencies = agencies;
        this.admin = currentUser.require();
        grid.addColumn(AgencyDetails::name).setHeader("Name");
        grid.addColumn(a -> a.type().label()).setHeader("Kind");
        grid.addColumn(AgencyDetails::localAuthority).setHeader("Local authority");
        grid.addColumn(a -> a.contactEmail() == null ? "" : a.contactEmail()).setHeader("Contact email");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Agencies");
        grid.addItemClickListener(e -> edit(e.getItem()));
        type.setLabel("Kind of agency");
        type.setItems(AgencyType.values());
        type.setItemLabelGenerator(AgencyType::label);
        localAuthority.setItems(register.localAuthorities(admin).stream().map(LocalAuthorityInfo::name).toList());
        contactEmail.setHelperText("Referrals and reminders go to this shared address");
        messages.field("name", name).field("type", type).field("localAuthority", localAuthority)
                .field("contactEmail", contactEmail);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        fresh.addClickListener(e -> edit(null));
        saved.getElement().setAttribute("role", "status");
        add(new H1("Agencies"), new Paragraph("Each local authority has one agency of each kind: the referral "
                + "process sends a referral of that kind to it."), grid,
                new FormLayout(name, type, localAuthority, contactEmail), new HorizontalLayout(save, fresh),
                messages.general(), saved);
        grid.setItems(agencies.register(admin));
    }

    void save() {
        messages.clear();
        var details = new AgencyDetails(editing == null ? null : editing.id(), name.getValue(), type.getValue(),
                localAuthority.getValue(), contactEmail.getValue());
        try {
            AgencyDetails done = editing == null ? agencies.register(admin, details) : agencies.update(admin, details);
            saved.setText((editing == null ? "Registered " : "Saved ") + done.name());
            edit(null);
            grid.setItems(agencies.register(admin));
        } catch (FieldProblem problem) {
            messages.show(problem.field(), problem.getMessage());
        }
    }

    void edit(AgencyDetails agency) {
        editing = agency;
        messages.clear();
        name.setValue(agency == null ? "" : agency.name());
        type.setValue(agency == null ? null : agency.type());
        localAuthority.setValue(agency == null ? null : agency.localAuthority());
        contactEmail.setValue(agency == null || agency.contactEmail() == null ? "" : agency.contactEmail());
        save.setText(agency == null ? "Register agency" : "Save changes to " + agency.name());
    }
}
