package org.rejoin.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rejoin.security.internal.SignInProviders;

/**
 * Where a person whose school account signed in at the provider, but who has no active Rejoin account with that
 * verified address (or came from another school's domain), is told so and whom to ask. The attempt is audited.
 */
@Route(value = "sign-in-refused", autoLayout = false)
@PageTitle("No Rejoin account | Rejoin")
@AnonymousAllowed
public class SignInRefusedView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph explanation = new Paragraph();

    public SignInRefusedView() {
        setAlignItems(Alignment.CENTER);
        explanation.getElement().setAttribute("role", "status");
        add(new H1("No Rejoin account"), explanation,
                new Paragraph("Rejoin lets in only people their school has invited, with the role the school gave them."),
                new Anchor("login", "Back to sign in"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Object email = VaadinSession.getCurrent().getSession().getAttribute(SignInProviders.REFUSED_EMAIL);
        String who = email == null || email.toString().isBlank() ? "the account you signed in with"
                : email.toString();
        explanation.setText("No Rejoin account for " + who + "; ask your school's Rejoin administrator.");
    }
}
