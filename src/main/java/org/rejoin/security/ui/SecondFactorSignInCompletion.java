package org.rejoin.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.rejoin.security.internal.SecondFactorPending;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The code is given: the sign-in with the person's role replaces the pending one, under a new session id (what
 * Spring Security does at a password sign-in, against session fixation), and the page loads Rejoin afresh.
 */
final class SecondFactorSignInCompletion {

    private SecondFactorSignInCompletion() {
    }

    /** The name whose code is awaited in this session, or null when none is. */
    static String pendingName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof SecondFactorPending pending ? pending.getName() : null;
    }

    /** The address the request came from (the proxy's X-Forwarded-For in a deployment), for the throttle. */
    static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }

    static void complete() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending)) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending.signedIn());
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    static void goOnToRejoin() {
        UI.getCurrent().getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + "/");
    }
}
