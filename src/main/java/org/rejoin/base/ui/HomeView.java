package org.rejoin.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page sends each person to the view their role works from. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(landingFor());
    }

    private String landingFor() {
        if (authentication.hasRole("LEADER") || authentication.hasRole("LOCAL_AUTHORITY")) {
            return "overview";
        }
        if (authentication.hasRole("PARTNER")) {
            return "agency";
        }
        if (authentication.hasRole("ADMIN")) {
            return "admin/users";
        }
        if (authentication.hasRole("SCHOOL_ADMIN")) {
            return "setup";
        }
        return "inbox";
    }
}
