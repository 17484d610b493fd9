package org.rejoin.pupil.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.rejoin.base.ui.CsvUpload;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.CalendarAdministration;
import org.rejoin.pupil.CalendarEntry;
import org.rejoin.pupil.CalendarImportResult;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * A school's terms, INSET days and closures: typed in or imported (CSV or the local authority's .ics file).
 * Deadlines counted in school days and attendance figures use them. A system administrator also uploads a
 * newer bank-holidays.json here.
 */
@Route(value = "admin/calendar", layout = MainLayout.class)
@PageTitle("School calendar | Rejoin")
@Menu(order = 82, title = "School calendar", icon = "vaadin:calendar")
@RolesAllowed({"ADMIN", "SCHOOL_ADMIN"})
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    private final transient CalendarAdministration calendar;
    private final UserAccount admin;
    private UUID schoolId;

    final Paragraph noSchool = new Paragraph("Open a school's calendar from the Schools page.");
    final Grid<CalendarEntry> grid = new Grid<>(CalendarEntry.class, false);
    final Select<CalendarEntry.Kind> kind = new Select<>();
    final TextField name = new TextField("Name");
    final DatePicker from = new DatePicker("First day");
    final DatePicker to = new DatePicker("Last day");
    final Button add = new Button("Add");
    final CsvUpload upload;
    final CsvUpload bankHolidays;
    private final FieldMessages messages = new FieldMessages();
    private final VerticalLayout content = new VerticalLayout();

    public CalendarView(CalendarAdministration calendar, CurrentUser currentUser) {
        this.calendar = calendar;
        this.admin = currentUser.require();
        grid.addColumn(e -> e.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(CalendarEntry::name).setHeader("Name");
        grid.addColumn(e -> UkDates.format(e.from())).setHeader("First day").setAutoWidth(true);
        grid.addColumn(e -> UkDates.format(e.to())).setHeader("Last day").setAutoWidth(true);
        grid.addComponentColumn(e -> new Button("Remove", click -> {
            calendar.remove(admin, schoolId, e.id());
            refresh();
        })).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Terms and closures");
        kind.setLabel("Kind");
        kind.setItems(CalendarEntry.Kind.values());
        kind.setItemLabelGenerator(CalendarEntry.Kind::label);
        kind.setValue(CalendarEntry.Kind.TERM);
        from.addValueChangeListener(e -> {
            if (to.isEmpty()) {
                to.setValue(e.getValue());
            }
        });
        messages.field("kind", kind).field("name", name).field("from", from).field("to", to);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addEntry());
        upload = new CsvUpload(".csv,.ics", (file, data, progress) -> outcome(calendar.importFile(admin, schoolId, data,
                file, progress)), outcome -> refresh());
        bankHolidays = new CsvUpload(".json", (file, data, progress) -> CsvUpload.Outcome.done("Added "
                + calendar.importBankHolidays(admin, data) + " bank holidays"), outcome -> { });
        bankHolidays.setVisible(admin.role() == Role.ADMIN);
        content.setPadding(false);
        content.add(grid, new H2("Add a term or closure"), new FormLayout(kind, name, from, to), add,
                messages.general(), new H2("Import term dates"), new Paragraph("A CSV file with the columns Type "
                + "(Term, INSET day, Half term or Closure), Name, Start date and End date, or the iCalendar (.ics) "
                + "file your local authority publishes. Entries already here are skipped."), upload);
        add(new H1("School calendar"), new Paragraph("Deadlines are counted in school days: weekdays inside "
                + "terms, less closures and bank holidays (England and Wales, shipped for 2025 to 2030)."),
                noSchool, content);
        if (admin.role() == Role.ADMIN) {
            add(new H2("Bank holidays"), new Paragraph("Upload a newer bank-holidays.json from "
                    + "https://www.gov.uk/bank-holidays.json; its England and Wales dates are added."), bankHolidays);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        schoolId = admin.role() == Role.SCHOOL_ADMIN ? admin.schoolId()
                : event.getLocation().getQueryParameters().getSingleParameter("school").map(CalendarView::uuid)
                .orElse(null);
        noSchool.setVisible(schoolId == null);
        content.setVisible(schoolId != null);
        if (schoolId != null) {
            refresh();
        }
    }

    void addEntry() {
        messages.clear();
        try {
            calendar.add(admin, schoolId, new CalendarEntry(null, kind.getValue(), name.getValue(), from.getValue(),
                    to.getValue()));
            name.clear();
            from.clear();
            to.clear();
            refresh();
        } catch (FieldProblem problem) {
            messages.show(problem.field(), problem.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(calendar.entries(admin, schoolId));
    }

    private static CsvUpload.Outcome outcome(CalendarImportResult result) {
        return result.succeeded()
                ? CsvUpload.Outcome.done("Added %d entries (%d were already here)".formatted(result.added(),
                        result.alreadyThere()))
                : new CsvUpload.Outcome("", result.errors(), result.errors().size());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
