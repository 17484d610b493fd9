package org.rejoin.pupil.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.rejoin.base.ui.CsvUpload;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.ContactImportResult;
import org.rejoin.pupil.ContactService;
import org.rejoin.pupil.PupilRecord;
import org.rejoin.pupil.RosterImportResult;
import org.rejoin.pupil.RosterService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * The school's roll for its administrator: import the MIS roster export (re-importing updates pupils by UPN),
 * or add and correct one pupil. A system administrator opens a school with {@code ?school=id}.
 */
@Route(value = "admin/roster", layout = MainLayout.class)
@PageTitle("Roster | Rejoin")
@Menu(order = 81, title = "Roster", icon = "vaadin:child")
@RolesAllowed({"ADMIN", "SCHOOL_ADMIN"})
public class RosterView extends VerticalLayout implements BeforeEnterObserver {

    private final transient RosterService roster;
    private final UserAccount admin;
    private UUID schoolId;

    final Paragraph noSchool = new Paragraph("Open a school's roster from the Schools page.");
    final CsvUpload upload;
    final TextField search = new TextField();
    final Grid<PupilRecord> grid = new Grid<>(PupilRecord.class, false);
    final PupilForm form;
    final CsvUpload contactUpload;
    final ContactsPanel contactsPanel;
    private final VerticalLayout content = new VerticalLayout();

    public RosterView(RosterService roster, ContactService contacts, CurrentUser currentUser) {
        this.roster = roster;
        this.admin = currentUser.require();
        upload = new CsvUpload(".csv", (file, data, progress) -> outcome(roster.importRoster(admin, schoolId, data,
                file, progress)), outcome -> grid.getDataProvider().refreshAll());
        contactUpload = new CsvUpload(".csv", (file, data, progress) -> contactOutcome(contacts.importContacts(admin,
                schoolId, data, file, progress)), outcome -> { });
        contactsPanel = new ContactsPanel(contacts, admin, () -> schoolId);
        form = new PupilForm(p -> roster.save(admin, schoolId, p), () -> grid.getDataProvider().refreshAll());
        search.setPlaceholder("Surname, forename or UPN");
        search.setAriaLabel("Search the roll");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(PupilRecord::upn).setHeader("UPN").setAutoWidth(true);
        grid.addColumn(PupilRecord::knownAs).setHeader("Name");
        grid.addColumn(PupilRecord::yearGroup).setHeader("Year").setAutoWidth(true);
        grid.addColumn(p -> p.registrationGroup() == null ? "" : p.registrationGroup()).setHeader("Reg group");
        grid.addColumn(p -> p.senStatus().label()).setHeader("SEN");
        grid.addColumn(p -> p.leavingDate() == null ? "" : "Left " + UkDates.format(p.leavingDate()))
                .setHeader("Leaving");
        grid.addItemClickListener(e -> {
            form.edit(e.getItem());
            contactsPanel.show(e.getItem());
        });
        grid.setAriaLabel("Pupils on roll");
        grid.setHeight("24rem");
        grid.setItems(query -> {
            int limit = query.getLimit();
            int offset = query.getOffset();
            return schoolId == null ? java.util.stream.Stream.empty()
                    : roster.roll(admin, schoolId, search.getValue(), limit, offset).stream();
        });
        content.setPadding(false);
        content.add(new H2("Import the roster from your MIS"), help(), upload,
                new H2("Import parents and carers"), contactHelp(), contactUpload,
                new H2("Pupils on roll"), search, grid, form, contactsPanel);
        add(new H1("Roster"), noSchool, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        schoolId = admin.role() == Role.SCHOOL_ADMIN ? admin.schoolId()
                : event.getLocation().getQueryParameters().getSingleParameter("school").map(RosterView::uuid)
                .orElse(null);
        noSchool.setVisible(schoolId == null);
        content.setVisible(schoolId != null);
        grid.getDataProvider().refreshAll();
    }

    private static CsvUpload.Outcome outcome(RosterImportResult result) {
        return result.succeeded()
                ? CsvUpload.Outcome.done("Imported %,d pupils: %,d added, %,d updated".formatted(
                        result.added() + result.updated(), result.added(), result.updated()))
                : new CsvUpload.Outcome("", result.errors(), result.errorCount());
    }

    private static CsvUpload.Outcome contactOutcome(ContactImportResult result) {
        return result.succeeded()
                ? CsvUpload.Outcome.done("Imported %,d contacts of %,d pupils".formatted(result.contacts(),
                        result.pupils()))
                : new CsvUpload.Outcome("", result.errors(), result.errorCount());
    }

    private static Div contactHelp() {
        var text = new Paragraph("Upload the MIS contacts export as CSV, one row a contact: UPN, Contact name, "
                + "Relationship, and optionally Parental responsibility (yes or no), Priority (1 is contacted first), "
                + "Email, Phone, Address and No contact (yes or no). A file replaces the contacts of each pupil it "
                + "names; pupils it does not name keep theirs. The whole file is imported or none of it.");
        var example = new Anchor("examples/contacts-example.csv", "Download an example file");
        example.getElement().setAttribute("download", "contacts-example.csv");
        return new Div(text, example);
    }

    private static Div help() {
        var text = new Paragraph("Upload your MIS's student list as CSV, one row a pupil, with the columns UPN, Legal "
                + "forename, Surname, Date of birth, Year group and optionally Preferred forename, Registration group, "
                + "Admission date, Leaving date, SEN status (N, K or E), FSM and EAL (yes or no). Column names from "
                + "SIMS, Arbor and Bromcom are recognised. Importing again updates pupils by UPN; a pupil with a "
                + "leaving date keeps their record and drops out of lists from that date. The whole file is "
                + "imported or none of it.");
        var example = new Anchor("examples/roster-example.csv", "Download an example file");
        example.getElement().setAttribute("download", "roster-example.csv");
        return new Div(text, example);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
