package org.rejoin.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.SchoolSignIn;
import org.rejoin.security.UserAccount;

/**
 * On a school's Staff page: whether its staff may sign in with a Rejoin password as well as with their school account.
 * Offered only where the deployment has a school-account provider; otherwise passwords are the only way in.
 */
class PasswordSignInSetting extends VerticalLayout {

    final Checkbox passwords = new Checkbox("Staff may also sign in with a Rejoin password");
    final Paragraph status = new Paragraph();
    private final transient SchoolSignIn signIn;
    private UserAccount admin;
    private UUID schoolId;

    PasswordSignInSetting(SchoolSignIn signIn) {
        this.signIn = signIn;
        setPadding(false);
        status.getElement().setAttribute("role", "status");
        passwords.setHelperText("Untick when everyone signs in with 'Sign in with " + signIn.providerNames()
                + "'. Accounts and roles stay as they are; a password then no longer lets anyone of this school in.");
        passwords.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(e.getValue());
            }
        });
        add(new H2("How staff sign in"), passwords, status);
        setVisible(signIn.schoolAccountsOffered());
    }

    void show(UserAccount asking, UUID school) {
        this.admin = asking;
        this.schoolId = school;
        passwords.setValue(signIn.passwordSignIn(asking, school));
        status.setText("");
    }

    private void change(boolean allowed) {
        try {
            signIn.setPasswordSignIn(admin, schoolId, allowed);
            status.setText(allowed ? "Staff may sign in with a Rejoin password or their school account"
                    : "Staff now sign in with their school account only (" + signIn.providerNames() + ")");
        } catch (FieldProblem problem) {
            passwords.setValue(true);
            status.setText(problem.getMessage());
        }
    }
}
