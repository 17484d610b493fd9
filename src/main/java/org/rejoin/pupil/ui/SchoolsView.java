package org.rejoin.pupil.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.pupil.LocalAuthorityInfo;
import org.rejoin.pupil.SchoolAdministration;
import org.rejoin.pupil.SchoolDetails;
import org.rejoin.pupil.SchoolPhase;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.UserAccount;

/** A system administrator registers local authorities and their schools, and corrects a school's details. */
@Route(value = "admin/schools", layout = MainLayout.class)
@PageTitle("Schools | Rejoin")
@Menu(order = 85, title = "Schools", icon = "vaadin:academy-cap")
@RolesAllowed("ADMIN")
public class SchoolsView extends VerticalLayout {

    private final transient SchoolAdministration register;
    private final UserAccount admin;

    final Grid<LocalAuthorityInfo> authorities = new Grid<>(LocalAuthorityInfo.class, false);
    final TextField authorityCode = new TextField("Local authority number");
    final TextField authorityName = new TextField("Local authority name");
    final Button addAuthority = new Button("Add local authority");
    private final FieldMessages authorityMessages = new FieldMessages();

    final Grid<SchoolDetails> schools = new Grid<>(SchoolDetails.class, false);
    final TextField urn = new TextField("URN");
    final TextField name = new TextField("School name");
    final ComboBox<String> localAuthority = new ComboBox<>("Local authority");
    final Select<SchoolPhase> phase = new Select<>();
    final TextField emailDomain = new TextField("Staff email domain");
    final Button saveSchool = new Button("Register school");
    final Button newSchool = new Button("New school");
    final Paragraph saved = new Paragraph();
    private final FieldMessages schoolMessages = new FieldMessages();
    private SchoolDetails editing;

    public SchoolsView(SchoolAdministration register, CurrentUser currentUser) {
        this.register = register;
        this.admin = currentUser.require();
        add(new H1("Schools"), new Paragraph("Register the local authority first, then its schools; agencies are "
                + "added on the Agencies page. A school's administrator then invites its staff and imports its roster."));
        add(new H2("Local authorities"), authoritySection(), new H2("Schools"), schoolSection());
        refresh();
    }

    private VerticalLayout authoritySection() {
        authorities.addColumn(LocalAuthorityInfo::code).setHeader("Number").setAutoWidth(true).setFlexGrow(0);
        authorities.addColumn(LocalAuthorityInfo::name).setHeader("Name");
        authorities.setAllRowsVisible(true);
        authorities.setAriaLabel("Local authorities");
        authorityCode.setHelperText("3 digits, as in a UPN (e.g. 886 for Kent)");
        authorityCode.setMaxLength(3);
        authorityMessages.field("code", authorityCode).field("name", authorityName);
        addAuthority.addClickListener(e -> addAuthority());
        var form = new HorizontalLayout(authorityCode, authorityName, addAuthority);
        form.setAlignItems(Alignment.BASELINE);
        return new VerticalLayout(authorities, form, authorityMessages.general());
    }

    private VerticalLayout schoolSection() {
        schools.addColumn(SchoolDetails::urn).setHeader("URN").setAutoWidth(true).setFlexGrow(0);
        schools.addColumn(SchoolDetails::name).setHeader("Name");
        schools.addColumn(SchoolDetails::localAuthority).setHeader("Local authority");
        schools.addColumn(s -> s.phase().label()).setHeader("Phase");
        schools.addColumn(s -> s.emailDomain() == null ? "" : s.emailDomain()).setHeader("Email domain");
        schools.addComponentColumn(SchoolsView::schoolPages).setHeader("Set up").setAutoWidth(true);
        schools.setAllRowsVisible(true);
        schools.setAriaLabel("Schools");
        schools.addItemClickListener(e -> edit(e.getItem()));
        phase.setLabel("Phase");
        phase.setItems(SchoolPhase.values());
        phase.setItemLabelGenerator(SchoolPhase::label);
        phase.setValue(SchoolPhase.SECONDARY);
        urn.setMaxLength(6);
        urn.setHelperText("6 digits, from Get Information about Schools");
        emailDomain.setHelperText("Staff are invited with addresses under it, e.g. oakfield.sch.uk");
        schoolMessages.field("urn", urn).field("name", name).field("localAuthority", localAuthority)
                .field("phase", phase).field("emailDomain", emailDomain);
        saveSchool.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSchool.addClickListener(e -> saveSchool());
        newSchool.addClickListener(e -> edit(null));
        saved.getElement().setAttribute("role", "status");
        var form = new FormLayout(urn, name, localAuthority, phase, emailDomain);
        return new VerticalLayout(schools, form, new HorizontalLayout(saveSchool, newSchool), schoolMessages.general(),
                saved);
    }

    void addAuthority() {
        authorityMessages.clear();
        try {
            register.addLocalAuthority(admin, authorityCode.getValue(), authorityName.getValue());
            authorityCode.clear();
            authorityName.clear();
            refresh();
        } catch (FieldProblem problem) {
            authorityMessages.show(problem.field(), problem.getMessage());
        }
    }

    void saveSchool() {
        schoolMessages.clear();
        var details = new SchoolDetails(editing == null ? null : editing.id(), urn.getValue(), name.getValue(),
                localAuthority.getValue(), phase.getValue(), emailDomain.getValue());
        try {
            SchoolDetails done = editing == null ? register.registerSchool(admin, details)
                    : register.updateSchool(admin, details);
            saved.setText((editing == null ? "Registered " : "Saved ") + done.name() + " (URN " + done.urn() + ")");
            edit(null);
            refresh();
        } catch (FieldProblem problem) {
            schoolMessages.show(problem.field(), problem.getMessage());
        }
    }

    void edit(SchoolDetails school) {
        editing = school;
        schoolMessages.clear();
        urn.setValue(school == null ? "" : school.urn());
        name.setValue(school == null ? "" : school.name());
        localAuthority.setValue(school == null ? null : school.localAuthority());
        phase.setValue(school == null ? SchoolPhase.SECONDARY : school.phase());
        emailDomain.setValue(school == null || school.emailDomain() == null ? "" : school.emailDomain());
        saveSchool.setText(school == null ? "Register school" : "Save changes to " + school.name());
    }

    /** The school's own set-up pages, opened for this school. */
    private static HorizontalLayout schoolPages(SchoolDetails school) {
        String query = "?school=" + school.id();
        return new HorizontalLayout(new com.vaadin.flow.component.html.Anchor("admin/staff" + query, "Staff"),
                new com.vaadin.flow.component.html.Anchor("admin/roster" + query, "Roster"),
                new com.vaadin.flow.component.html.Anchor("admin/calendar" + query, "Calendar"),
                new com.vaadin.flow.component.html.Anchor("setup" + query, "Checklist"));
    }

    private void refresh() {
        var list = register.localAuthorities(admin);
        authorities.setItems(list);
        localAuthority.setItems(list.stream().map(LocalAuthorityInfo::name).toList());
        schools.setItems(register.schools(admin));
    }
}
