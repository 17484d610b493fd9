package org.rejoin.security.ui;

import com.vaadin.flow.component.Component;
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
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;

/** Administrators see who can sign in and with which role, and name each school's safeguarding leads. */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users | Rejoin")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    public UsersView(UserService users, SchoolStaff staff, CurrentUser currentUser) {
        UserAccount admin = currentUser.require();
        setSizeFull();
        grid.addColumn(UserAccount::displayName).setHeader("Name").setKey("displayName").setSortable(true);
        grid.addColumn(UserAccount::username).setHeader("Email address").setKey("username").setSortable(true);
        grid.addColumn(u -> u.role().label()).setHeader("Role").setKey("role").setSortable(true);
        grid.addColumn(u -> u.jobTitle() == null ? "" : u.jobTitle()).setHeader("Job title");
        grid.addComponentColumn(u -> safeguardingLead(staff, admin, u)).setHeader("Safeguarding lead");
        grid.setItems(query -> users.allUsers(admin, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel("Users");
        add(new H1("Users"), new Paragraph("A school's designated safeguarding leads receive its safeguarding "
                + "concerns at once; a school without one sends them to its leaders."), grid);
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
