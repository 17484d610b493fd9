package org.rejoin.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.rejoin.security.SecondFactor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Someone whose password was accepted but whose code is still awaited is taken to the code page from wherever they
 * navigate inside Rejoin (the servlet filter turns back page loads; this, navigation within an open page). Forwarded,
 * not rerouted, so the address bar and the page agree.
 */
@Component
class SecondFactorViewGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == SecondFactorCodeView.class || target == SecondFactorEnrolView.class
                || target == LoginView.class) {
            return;
        }
        if (SecondFactor.isPending(SecurityContextHolder.getContext().getAuthentication())) {
            event.forwardTo(SecondFactorCodeView.class);
        }
    }
}
