package org.rejoin.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.rejoin.base.ui.CsvUpload;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.security.AccountStatus;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.NewStaffMember;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.StaffAccount;
import org.rejoin.security.StaffAccounts;
import org.rejoin.security.StaffImportResult;
import org.rejoin.security.UserAccount;

/**
 * A school's staff accounts: invite one person or a file of many, change a role, name safeguarding leads,
 * deactivate and reactivate, send a new link. A school administrator sees their own school; a system
 * administrator opens a school from the Schools page ({@code ?school=id}).
 */
@Route(value = "admin/staff", layout = MainLayout.class)
@PageTitle("Staff | Rejoin")
@Menu(order = 80, title = "Staff", icon = "vaadin:user-card")
@RolesAllowed({"ADMIN", "SCHOOL_ADMIN"})
public class StaffView extends VerticalLayout implements BeforeEnterObserver {

    private final transient StaffAccounts staff;
    private final UserAccount admin;
    private UUID schoolId;
    /** Links of the file just imported, handed from the import thread to the page. */
    private transient volatile List<org.rejoin.security.IssuedInvitation> lastInvited = List.of();

    final Paragraph noSchool = new Paragraph("Open a school's staff from the Schools page.");
    final EmailField email = new EmailField("Work email");
    final TextField name = new TextField("Name");
    final TextField jobTitle = new TextField("Job title");
    final Select<Role> role = new Select<>();
    final Checkbox safeguardingLead = new Checkbox("Designated safeguarding lead");
    final Button invite = new Button("Invite");
    private final FieldMessages messages = new FieldMessages();
    final CsvUpload upload;
    final InvitationLinks links = new InvitationLinks();
    final Grid<StaffAccount> grid = new Grid<>(StaffAccount.class, false);
    final Paragraph actionStatus = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();

    final PasswordSignInSetting passwordSignIn;

    public StaffView(StaffAccounts staff, CurrentUser currentUser, org.rejoin.security.SchoolSignIn signIn) {
        this.staff = staff;
        this.passwordSignIn = new PasswordSignInSetting(signIn);
        this.admin = currentUser.require(); // the import thread has no security context: capture the user now
        role.setLabel("Role");
        role.setItems(List.copyOf(StaffAccounts.SCHOOL_ROLES));
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.SCHOOL_STAFF);
        messages.field("email", email).field("displayName", name).field("jobTitle", jobTitle).field("role", role);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> inviteOne());
        upload = new CsvUpload(".csv", (file, data, progress) -> outcome(staff.inviteAll(admin, schoolId, data,
                progress)), outcome -> {
                    links.add(lastInvited);
                    lastInvited = List.of();
                    refresh();
                });
        actionStatus.getElement().setAttribute("role", "status");
        grid.addColumn(StaffAccount::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(StaffAccount::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(a -> a.jobTitle() == null ? "" : a.jobTitle()).setHeader("Job title");
        grid.addComponentColumn(this::roleChoice).setHeader("Role");
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::leadBox).setHeader("Safeguarding lead");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Staff accounts");
        content.setPadding(false);
        content.add(new H2("Invite one person"), new FormLayout(email, name, jobTitle, role, safeguardingLead),
                invite, messages.general(), new H2("Invite from a staff file"), help(), upload, links,
                new H2("Staff accounts"), actionStatus, grid, passwordSignIn);
        add(new H1("Staff"), noSchool, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        schoolId = admin.role() == Role.SCHOOL_ADMIN ? admin.schoolId()
                : event.getLocation().getQueryParameters().getSingleParameter("school").map(StaffView::uuid)
                .orElse(null);
        try {
            boolean open = schoolId != null;
            noSchool.setVisible(!open);
            content.setVisible(open);
            if (open) {
                refresh();
                if (passwordSignIn.isVisible()) {
                    passwordSignIn.show(admin, schoolId);
                }
            }
        } catch (RecordNotFoundException e) {
            schoolId = null;
            noSchool.setVisible(true);
            content.setVisible(false);
        }
    }

    void inviteOne() {
        messages.clear();
        try {
            var issued = staff.invite(admin, schoolId, new NewStaffMember(email.getValue(), name.getValue(),
                    jobTitle.getValue(), role.getValue(), safeguardingLead.getValue()));
            links.add(List.of(issued));
            email.clear();
            name.clear();
            jobTitle.clear();
            safeguardingLead.clear();
            refresh();
        } catch (FieldProblem problem) {
            messages.show(problem.field(), problem.getMessage());
        }
    }

    private CsvUpload.Outcome outcome(StaffImportResult result) {
        if (result.succeeded()) {
            lastInvited = result.invited();
            return CsvUpload.Outcome.done("Invited %,d people: pass each their link below".formatted(
                    result.invited().size()));
        }
        return new CsvUpload.Outcome("", result.errors(), result.errorCount());
    }

    void refresh() {
        grid.setItems(staff.staffOf(admin, schoolId));
    }

    private Component roleChoice(StaffAccount account) {
        if (account.id().equals(admin.id())) {
            return new Span(account.role().label());
        }
        var choice = new Select<Role>();
        choice.setItems(List.copyOf(StaffAccounts.SCHOOL_ROLES));
        choice.setItemLabelGenerator(Role::label);
        choice.setValue(account.role());
        choice.setAriaLabel("Role of " + account.displayName());
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> staff.changeRole(admin, account.id(), e.getValue()),
                        account.displayName() + " is now " + e.getValue().label());
            }
        });
        return choice;
    }

    private Component leadBox(StaffAccount account) {
        var box = new Checkbox(account.safeguardingLead());
        box.setAriaLabel("Designated safeguarding lead: " + account.displayName());
        box.addValueChangeListener(e -> act(() -> staff.markSafeguardingLead(admin, account.id(), e.getValue()),
                account.displayName() + (e.getValue() ? " is" : " is no longer") + " a designated safeguarding lead"));
        return box;
    }

    private Component actions(StaffAccount account) {
        var row = new HorizontalLayout();
        if (account.id().equals(admin.id())) {
            return row;
        }
        if (account.status() == AccountStatus.DEACTIVATED) {
            var reactivate = new Button("Reactivate", e -> act(() -> staff.reactivate(admin, account.id()),
                    account.displayName() + " can sign in again"));
            reactivate.setAriaLabel("Reactivate " + account.displayName());
            row.add(reactivate);
            return row;
        }
        var deactivate = new Button("Deactivate", e -> act(() -> staff.deactivate(admin, account.id()),
                account.displayName() + " can no longer sign in; their open steps went back to their groups"));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.setAriaLabel("Deactivate " + account.displayName());
        var newLink = new Button(account.status() == AccountStatus.INVITED ? "Send a new link" : "Send a password link",
                e -> {
                    links.add(List.of(staff.sendNewLink(admin, account.id())));
                    actionStatus.setText("A new link for " + account.displayName() + " is shown above; "
                            + "earlier links no longer work");
                });
        newLink.setAriaLabel("New link for " + account.displayName());
        row.add(newLink, deactivate);
        if (account.status() == AccountStatus.LOCKED) {
            var unlock = new Button("Unlock", e -> act(() -> staff.unlock(admin, account.id()),
                    account.displayName() + " can sign in again now"));
            unlock.setAriaLabel("Unlock " + account.displayName());
            row.addComponentAsFirst(unlock);
        }
        return row;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            actionStatus.setText(done);
        } catch (IllegalArgumentException | IllegalStateException e) {
            actionStatus.setText(e.getMessage());
        }
        refresh();
    }

    private static Paragraph help() {
        return new Paragraph("A CSV file with a header row: Email, Name, Role (Attendance champion, School staff, "
                + "Leader or School administrator), and optionally Job title and Safeguarding lead (yes or no). "
                + "Everyone in the file is invited, or nobody: each bad line is listed by its number.");
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
