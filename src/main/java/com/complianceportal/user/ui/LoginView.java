package com.complianceportal.user.ui;

import com.complianceportal.base.security.SignInForm;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("login.pageTitle");
    }

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

        var title = new H1(Texts.t("app.name"));
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
            i18n.getErrorMessage().setTitle(Texts.t("login.paused.title"));
            i18n.getErrorMessage().setMessage(Texts.t("login.paused.message", seconds));
        } else if (parameters.containsKey(SignInForm.EXPIRED)) {
            i18n.getErrorMessage().setTitle(Texts.t("login.failed.title"));
            i18n.getErrorMessage().setMessage(Texts.t("login.expired.message"));
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
        i18n.getForm().setTitle(Texts.t("login.title"));
        i18n.getForm().setSubmit(Texts.t("login.submit"));
        i18n.getForm().setUsername(Texts.t("login.username"));
        i18n.getForm().setPassword(Texts.t("login.password"));
        i18n.getForm().setForgotPassword(Texts.t("login.forgotPassword"));
        if (unavailableReference == null) {
            i18n.getErrorMessage().setTitle(Texts.t("login.failed.title"));
            i18n.getErrorMessage().setMessage(Texts.t("login.failed.message"));
        } else {
            i18n.getErrorMessage().setTitle(Texts.t("login.unavailable.title"));
            i18n.getErrorMessage().setMessage(Texts.t("login.unavailable.message", unavailableReference));
        }
        return i18n;
    }

    private static Div demoUsersNote() {
        var note = new Div(new Paragraph(Texts.t("login.demoNote")));
        note.addClassName("demo-note");
        note.setId("demo-users-note");
        return note;
    }
}
