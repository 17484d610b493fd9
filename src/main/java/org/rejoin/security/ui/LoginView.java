package org.rejoin.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Rejoin")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    /** The error message now shown, for tests (the form keeps its texts on the client). */
    LoginI18n.ErrorMessage shownError;

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());

        var intro = new Paragraph("Casework for bringing pupils back to school.");
        add(new H1("Rejoin"), intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var errors = event.getLocation().getQueryParameters().getParameters().get("error");
        boolean waiting = errors != null && errors.contains("wait");
        LoginI18n i18n = waiting ? waitTexts() : texts();
        form.setI18n(i18n);
        shownError = errors == null ? null : i18n.getErrorMessage();
        form.setError(errors != null);
    }

    /** Told alike for every name typed, so it never says whether an account exists. */
    private static LoginI18n waitTexts() {
        LoginI18n i18n = texts();
        i18n.getErrorMessage().setTitle("Too many failed attempts");
        i18n.getErrorMessage().setMessage("Wait a few minutes, then try again. After repeated failures sign-in is "
                + "locked for half an hour: your school's administrator can unlock it sooner.");
        return i18n;
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Those details were not recognised");
        i18n.getErrorMessage().setMessage("Check your email address and password and try again.");
        return i18n;
    }
}
