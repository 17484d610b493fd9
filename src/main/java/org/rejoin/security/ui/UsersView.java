package org.rejoin.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;

/** Administrators see who can sign in and with which role. */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users | Rejoin")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    public UsersView(UserService users, CurrentUser currentUser) {
        UserAccount admin = currentUser.require();
        setSizeFull();
        var grid = new Grid<UserAccount>(UserAccount.class, false);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setKey("displayName").setSortable(true);
        grid.addColumn(UserAccount::username).setHeader("Email address").setKey("username").setSortable(true);
        grid.addColumn(u -> u.role().label()).setHeader("Role").setKey("role").setSortable(true);
        grid.addColumn(u -> u.jobTitle() == null ? "" : u.jobTitle()).setHeader("Job title");
        grid.setItems(query -> users.allUsers(admin, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel("Users");
        add(new H1("Users"), grid);
    }
}
