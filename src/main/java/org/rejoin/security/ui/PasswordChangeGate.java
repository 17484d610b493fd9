package org.rejoin.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.rejoin.security.AccountPasswords;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Someone who must choose a new password (the deployment's first administrator, whose password sits in the
 * environment) is taken to the change-password page from wherever they go, until they have.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final transient AccountPasswords passwords;

    PasswordChangeGate(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || target == InvitationView.class) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !org.rejoin.security.SecondFactor.isPending(authentication) // the code comes first
                && passwords.mustChange(authentication.getName())) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
