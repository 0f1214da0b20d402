package com.complianceportal.user.ui;

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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** Sign-in page. One message for every failure, so nobody learns whether a user exists or is locked. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Compliance Portal")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String FAILURE_MESSAGE =
            "Check your user name and password and try again. After repeated failures, sign-in pauses for a while.";

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
        form.setI18n(i18n());

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
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(FAILURE_MESSAGE);
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
