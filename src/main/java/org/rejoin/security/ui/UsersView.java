package org.rejoin.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.SecondFactor;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;

/** Administrators see who can sign in and with which role, and name each school's safeguarding leads. */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users | Rejoin")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    /** Says what the last reset did (announced to screen readers). */
    final Paragraph status = new Paragraph();

    public UsersView(UserService users, SchoolStaff staff, CurrentUser currentUser, SecondFactor secondFactor) {
        UserAccount admin = currentUser.require();
        status.getElement().setAttribute("role", "status");
        setSizeFull();
        grid.addColumn(UserAccount::displayName).setHeader("Name").setKey("displayName").setSortable(true);
        grid.addColumn(UserAccount::username).setHeader("Email address").setKey("username").setSortable(true);
        grid.addColumn(u -> u.role().label()).setHeader("Role").setKey("role").setSortable(true);
        grid.addColumn(u -> u.jobTitle() == null ? "" : u.jobTitle()).setHeader("Job title");
        grid.addComponentColumn(u -> safeguardingLead(staff, admin, u)).setHeader("Safeguarding lead");
        grid.addComponentColumn(u -> resetSecondFactor(secondFactor, admin, u)).setHeader("Authenticator app")
                .setKey("secondFactor");
        grid.setItems(query -> users.allUsers(admin, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel("Users");
        add(new H1("Users"), new Paragraph("A school's designated safeguarding leads receive its safeguarding "
                + "concerns at once; a school without one sends them to its leaders. Someone who lost the phone "
                + "with their authenticator app sets it up again at their next sign-in once you reset it."), status,
                grid);
    }

    private Component resetSecondFactor(SecondFactor secondFactor, UserAccount admin, UserAccount user) {
        if (user.id().equals(admin.id())) {
            return new Span();
        }
        var reset = new Button("Reset", e -> {
            secondFactor.reset(admin, user.id());
            status.setText(user.displayName() + " sets up their authenticator app again at their next sign-in.");
        });
        reset.setAriaLabel("Reset the authenticator app of " + user.displayName());
        return reset;
    }

    private static Component safeguardingLead(SchoolStaff staff, UserAccount admin, UserAccount user) {
        if (user.schoolId() == null) {
            return new Span();
        }
        var box = new Checkbox(staff.isSafeguardingLead(user));
        box.setAriaLabel("Designated safeguarding lead: " + user.displayName());
        box.addValueChangeListener(e -> staff.designateSafeguardingLead(admin, user.id(), e.getValue()));
        return box;
    }
}
