package org.rejoin.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.SecondFactor;

/** After the password, the code from the person's authenticator app, or one of their recovery codes (issue 21). */
@Route(value = "sign-in/code", autoLayout = false)
@PageTitle("Your sign-in code | Rejoin")
@PermitAll
public class SecondFactorCodeView extends VerticalLayout implements BeforeEnterObserver {

    private final transient SecondFactor secondFactor;
    final TextField code = codeField("Code from your authenticator app");
    final Button signIn = new Button("Sign in");
    private final FieldMessages messages = new FieldMessages();

    public SecondFactorCodeView(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        setAlignItems(Alignment.CENTER);
        code.setHelperText("The 6 digits your app shows for Rejoin now. Lost your phone? Type one of your "
                + "recovery codes instead.");
        messages.field("code", code);
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(e -> signIn());
        add(new H1("Your sign-in code"), new Paragraph("Your password was right. Your access to pupils' records "
                + "is wide, so Rejoin also asks for a code from the authenticator app on your phone."),
                code, signIn, messages.general());
    }

    static TextField codeField(String label) {
        var field = new TextField(label);
        field.getElement().setProperty("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        field.setWidth("22rem");
        field.setAutofocus(true);
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name = SecondFactorSignInCompletion.pendingName();
        if (name == null) {
            event.forwardTo("");
        } else if (!secondFactor.enrolled(name)) {
            event.forwardTo(SecondFactorEnrolView.class);
        }
    }

    void signIn() {
        String name = SecondFactorSignInCompletion.pendingName();
        if (name == null) {
            return;
        }
        try {
            secondFactor.check(name, code.getValue(), SecondFactorSignInCompletion.clientAddress());
        } catch (FieldProblem problem) {
            code.clear(); // before the message: a change of value re-validates the field
            messages.show(problem.field(), problem.getMessage());
            return;
        }
        SecondFactorSignInCompletion.complete();
        SecondFactorSignInCompletion.goOnToRejoin();
    }
}
