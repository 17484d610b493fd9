package org.rejoin.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.security.AccountPasswords;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.UserAccount;

/** Anyone signed in with a password changes it here, giving the current one first. */
@Route(value = "account/password", layout = MainLayout.class)
@PageTitle("Change your password | Rejoin")
@Menu(order = 99, title = "Password", icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    private final transient AccountPasswords passwords;
    private final UserAccount person;

    final Paragraph firstTime = new Paragraph("You signed in with a password given to you. Choose your own before "
            + "going on: the one you were given stops working.");
    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("The same new password again");
    final Button save = new Button("Change my password");
    final Paragraph done = new Paragraph();
    final Anchor goOn = new Anchor("", "Go on to Rejoin");
    private final FieldMessages messages = new FieldMessages();

    public ChangePasswordView(AccountPasswords passwords, CurrentUser currentUser) {
        this.passwords = passwords;
        this.person = currentUser.require();
        firstTime.setVisible(passwords.mustChange(person.username()));
        password.setHelperText("At least 12 characters; a few words you will remember work well");
        for (var field : new PasswordField[] {current, password, repeated}) {
            field.setWidth("22rem");
        }
        messages.field("current", current).field("password", password).field("repeated", repeated);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> change());
        done.getElement().setAttribute("role", "status");
        goOn.setVisible(false);
        add(new H1("Change your password"), firstTime, current, password, repeated, save, messages.general(), done,
                goOn);
    }

    void change() {
        messages.clear();
        try {
            passwords.change(person, current.getValue(), password.getValue(), repeated.getValue());
        } catch (FieldProblem problem) {
            messages.show(problem.field(), problem.getMessage());
            return;
        }
        for (var field : new PasswordField[] {current, password, repeated}) {
            field.clear();
        }
        firstTime.setVisible(false);
        done.setText("Your password is changed. Use the new one next time you sign in.");
        goOn.setVisible(true);
    }
}
