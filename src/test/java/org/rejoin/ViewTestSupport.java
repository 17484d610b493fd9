package org.rejoin;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Browserless view tests (Karibu-Testing) on the whole application, signed in as a real user. */
@org.rejoin.RejoinTest
public abstract class ViewTestSupport {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.rejoin");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserService users;

    @BeforeEach
    void startVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void stopVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs in as an existing user, as the login form would, and returns their account. */
    protected UserAccount signInAs(String username) {
        UserAccount account = users.findByUsername(username).orElseThrow();
        var authorities = List.of(new SimpleGrantedAuthority(account.role().authority()));
        var principal = new User(account.username(), "unused", authorities);
        var authentication = new UsernamePasswordAuthenticationToken(principal, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((p, role) -> role.equals(account.role().name()));
        return account;
    }

    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    protected static Class<?> currentView() {
        return UI.getCurrent().getCurrentView().getClass();
    }
}
