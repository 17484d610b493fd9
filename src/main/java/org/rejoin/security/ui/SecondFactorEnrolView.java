package org.rejoin.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
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

/**
 * The first time after the password: the person adds Rejoin to an authenticator app (QR code, or the key typed in),
 * confirms with a first code, and is shown their ten recovery codes, once (issue 21).
 */
@Route(value = "sign-in/enrol", autoLayout = false)
@PageTitle("Set up your authenticator app | Rejoin")
@PermitAll
public class SecondFactorEnrolView extends VerticalLayout implements BeforeEnterObserver {

    private final transient SecondFactor secondFactor;
    final Div setUp = new Div();
    final Image qrCode = new Image();
    final Paragraph key = new Paragraph();
    final TextField code = SecondFactorCodeView.codeField("Code from your authenticator app");
    final Button confirm = new Button("Confirm and sign in");
    final Div done = new Div();
    final OrderedList recoveryCodes = new OrderedList();
    final Button goOn = new Button("I have kept them: go on to Rejoin");
    private final FieldMessages messages = new FieldMessages();

    public SecondFactorEnrolView(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        setAlignItems(Alignment.CENTER);
        qrCode.setAlt("QR code that adds Rejoin to an authenticator app");
        qrCode.setWidth("250px");
        messages.field("code", code);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(e -> confirm());
        setUp.add(new Paragraph("Your access to pupils' records is wide, so Rejoin asks for a code from an "
                        + "authenticator app on your phone each time you sign in with your password. Use any app "
                        + "that reads these codes: Microsoft Authenticator, Google Authenticator, or your phone's own "
                        + "password manager."),
                new Paragraph("1. In the app, add an account by scanning this QR code:"), qrCode, key,
                new Paragraph("2. Type the 6-digit code the app then shows for Rejoin:"), code, confirm,
                messages.general());
        goOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        goOn.addClickListener(e -> SecondFactorSignInCompletion.goOnToRejoin());
        var status = new Paragraph("Done: from now on Rejoin asks for a code from your app after your password.");
        status.getElement().setAttribute("role", "status");
        done.add(status, new H2("Your recovery codes"), new Paragraph("If you lose your phone, each of these codes "
                + "signs you in once instead of the app. Print them or keep them in your password manager now: "
                + "Rejoin does not show them again. Without them, your administrator can reset your second factor."),
                recoveryCodes, goOn);
        done.setVisible(false);
        add(new H1("Set up your authenticator app"), setUp, done);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name = SecondFactorSignInCompletion.pendingName();
        if (name == null) {
            event.forwardTo("");
            return;
        }
        if (secondFactor.enrolled(name)) {
            event.forwardTo(SecondFactorCodeView.class);
            return;
        }
        var enrolment = secondFactor.enrol(name);
        qrCode.setSrc(enrolment.qrCode());
        key.setText("Or type this key into the app instead: " + grouped(enrolment.secret()));
    }

    void confirm() {
        String name = SecondFactorSignInCompletion.pendingName();
        if (name == null) {
            return;
        }
        java.util.List<String> codes;
        try {
            codes = secondFactor.confirmEnrolment(name, code.getValue(), SecondFactorSignInCompletion.clientAddress());
        } catch (FieldProblem problem) {
            code.clear(); // before the message: a change of value re-validates the field
            messages.show(problem.field(), problem.getMessage());
            return;
        }
        SecondFactorSignInCompletion.complete();
        codes.forEach(c -> recoveryCodes.add(new ListItem(c)));
        setUp.setVisible(false);
        done.setVisible(true);
        goOn.focus();
    }

    /** In fours, as the apps show keys, easier to read aloud or type. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }
}
