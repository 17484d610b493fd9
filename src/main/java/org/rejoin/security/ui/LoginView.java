package org.rejoin.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.ArrayList;
import java.util.List;
import org.rejoin.security.internal.SignInProviders;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Rejoin")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    /** "Sign in with ..." for each school account provider configured; none when sign-in is by password only. */
    final List<Anchor> providerButtons = new ArrayList<>();
    /** The error message now shown, for tests (the form keeps its texts on the client). */
    LoginI18n.ErrorMessage shownError;
    private final transient SignInProviders providers;

    public LoginView(SignInProviders providers) {
        this.providers = providers;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());

        var intro = new Paragraph("Casework for bringing pupils back to school.");
        add(new H1("Rejoin"), intro);
        for (SignInProviders.Provider provider : providers.all()) {
            var button = new Button("Sign in with " + provider.name());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setWidth("20em");
            // a full page request to Spring Security, which sends the browser on to the provider
            var link = new Anchor(provider.startPath(), button);
            link.setRouterIgnore(true);
            providerButtons.add(link);
            add(link);
        }
        if (providers.any()) {
            add(new Paragraph("Or with your Rejoin password:"));
        }
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var errors = event.getLocation().getQueryParameters().getParameters().get("error");
        LoginI18n i18n = errors == null ? texts()
                : errors.contains("wait") ? waitTexts()
                : errors.contains("provider") ? providerTexts()
                : errors.contains("school-account") ? schoolAccountTexts()
                : texts();
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

    private static LoginI18n providerTexts() {
        LoginI18n i18n = texts();
        i18n.getErrorMessage().setTitle("Sign-in with your school account did not finish");
        i18n.getErrorMessage().setMessage("Try again. If it goes on failing, ask your school's IT support.");
        return i18n;
    }

    /** Only shown after the right password: a guesser never learns which schools turned passwords off. */
    private LoginI18n schoolAccountTexts() {
        LoginI18n i18n = texts();
        i18n.getErrorMessage().setTitle("Your school signs in with " + providers.names());
        i18n.getErrorMessage().setMessage("Use 'Sign in with " + providers.names() + "' above, with your school "
                + "account. Rejoin passwords are turned off for your school.");
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
