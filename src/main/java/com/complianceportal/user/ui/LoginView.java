package com.complianceportal.user.ui;

import com.complianceportal.base.security.SignInForm;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Sign-in page. One message for every failed attempt, so nobody learns whether a user exists or is locked; a failure
 * of the portal itself gets its own message and reference. The user name typed stays in the form after a failure.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Compliance Portal")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String FAILURE_MESSAGE =
            "Check your user name and password and try again. After repeated failures, sign-in pauses for a while.";
    static final String UNAVAILABLE_TITLE = "Sign-in is not possible right now";
    static final String THROTTLED_MESSAGE = "Too many sign-in attempts. Try again in %d seconds.";
    static final String EXPIRED_MESSAGE = "The sign-in page had expired. Please sign in again.";
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,5}");

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, Environment environment) {
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));

        var title = new H1("Compliance Portal");
        title.addClassName("login-title");
        add(title, form);
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            add(demoUsersNote());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String reference = parameters.getOrDefault(SignInForm.UNAVAILABLE, List.of()).stream()
                .filter(r -> REFERENCE.matcher(r).matches()).findFirst().orElse(null);
        Long seconds = parameters.getOrDefault(SignInForm.THROTTLED, List.of()).stream()
                .filter(s -> SECONDS.matcher(s).matches()).findFirst().map(Long::valueOf).orElse(null);
        LoginI18n i18n = i18n(reference);
        if (seconds != null) {
            i18n.getErrorMessage().setTitle("Sign-in paused");
            i18n.getErrorMessage().setMessage(THROTTLED_MESSAGE.formatted(seconds));
        } else if (parameters.containsKey(SignInForm.EXPIRED)) {
            i18n.getErrorMessage().setTitle("Sign-in failed");
            i18n.getErrorMessage().setMessage(EXPIRED_MESSAGE);
        }
        form.setI18n(i18n);
        form.setError(reference != null || seconds != null || parameters.containsKey(SignInForm.EXPIRED)
                || parameters.containsKey("error"));
        String username = lastUsername();
        if (username != null) {
            // The form's fields live in its light DOM once it has rendered; the password field gets the focus.
            form.getElement().executeJs("""
                    customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
                      const name = this.querySelector('#vaadinLoginUsername');
                      if (name && !name.value) { name.value = $0; }
                      const password = this.querySelector('#vaadinLoginPassword');
                      if (password) { requestAnimationFrame(() => password.focus()); }
                    })""", username);
        }
    }

    /** The user name of the last failed attempt in this browser session, read once. */
    private static @Nullable String lastUsername() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped == null || !(wrapped.getAttribute(SignInForm.LAST_USERNAME) instanceof String name)) {
            return null;
        }
        wrapped.removeAttribute(SignInForm.LAST_USERNAME);
        return name;
    }

    private static LoginI18n i18n(@Nullable String unavailableReference) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setUsername("User name");
        if (unavailableReference == null) {
            i18n.getErrorMessage().setTitle("Sign-in failed");
            i18n.getErrorMessage().setMessage(FAILURE_MESSAGE);
        } else {
            i18n.getErrorMessage().setTitle(UNAVAILABLE_TITLE);
            i18n.getErrorMessage().setMessage("The portal could not complete the sign-in because of a problem on the"
                    + " server, not because of what you typed. Try again in a few minutes; if it keeps happening, tell"
                    + " your administrator the reference " + unavailableReference + ".");
        }
        return i18n;
    }

    private static Div demoUsersNote() {
        var note = new Div(new Paragraph("Demo installation. Sign in as viewer / viewer, assessor / assessor "
                + "or admin / admin (user name / password)."));
        note.addClassName("demo-note");
        note.setId("demo-users-note");
        return note;
    }
}
