package org.rejoin.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.Invitations;
import org.rejoin.security.StaffAccount;

/** Where an invitation link leads: the invited person chooses their password, once, then signs in. */
@Route(value = "invitation", autoLayout = false)
@PageTitle("Choose your password | Rejoin")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements HasUrlParameter<String> {

    private final transient Invitations invitations;
    private String token;

    final Paragraph welcome = new Paragraph();
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("The same password again");
    final Button save = new Button("Set my password");
    final Paragraph done = new Paragraph();
    final Anchor signIn = new Anchor("login", "Sign in");
    private final FieldMessages messages = new FieldMessages();

    public InvitationView(Invitations invitations) {
        this.invitations = invitations;
        setAlignItems(Alignment.CENTER);
        password.setHelperText("At least 12 characters; a few words you will remember work well");
        password.setWidth("22rem");
        repeated.setWidth("22rem");
        messages.field("password", password).field("repeated", repeated);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> choose());
        done.getElement().setAttribute("role", "status");
        signIn.setVisible(false);
        add(new H1("Rejoin"), welcome, password, repeated, save, messages.general(), done, signIn);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        invitations.invitedBy(token).ifPresentOrElse(this::greet, this::linkGone);
    }

    private void greet(StaffAccount account) {
        welcome.setText("Welcome, " + account.displayName() + ". Choose a password for " + account.email()
                + ": you will sign in with this email address and password.");
    }

    private void linkGone() {
        welcome.setText("This link has expired or has already been used. Ask your school's administrator for a "
                + "new one, or sign in if you have already set your password.");
        password.setVisible(false);
        repeated.setVisible(false);
        save.setVisible(false);
        signIn.setVisible(true);
    }

    void choose() {
        messages.clear();
        try {
            StaffAccount account = invitations.choosePassword(token, password.getValue(), repeated.getValue());
            done.setText("Your password is set, " + account.displayName() + ". You can now sign in.");
            password.setVisible(false);
            repeated.setVisible(false);
            save.setVisible(false);
            signIn.setVisible(true);
        } catch (FieldProblem problem) {
            messages.show(problem.field(), problem.getMessage());
        }
    }
}
