package com.complianceportal.mfa.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.mfa.service.CodeRefusedException;
import com.complianceportal.mfa.service.PendingSignIn;
import com.complianceportal.mfa.service.SecondStep;
import com.complianceportal.mfa.service.SignInCompletion;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The second step of the sign-in: the code from the app (or a recovery code), or, for an administrator who must have
 * two-step sign-in and has not set it up, the set-up itself. Open without authentication, but it works only for the
 * browser session that passed the password step: without a pending sign-in it sends the user to the login page.
 */
@Route(value = "login/code", autoLayout = false)
@AnonymousAllowed
@StyleSheet("two-step.css")
public class CodeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("mfa.codeView.signInCodeCompliance");
    }

    private final SecondStep secondStep;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Div card = new Div();

    CodeView(SecondStep secondStep, AuthenticationContext authentication, Clock clock) {
        this.secondStep = secondStep;
        this.authentication = authentication;
        this.clock = clock;
        addClassName("login-view");
        addClassName("code-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var title = new H1(Texts.t("mfa.codeView.compliancePortal"));
        title.addClassName("login-title");
        card.addClassName("code-card");
        add(title, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Optional<PendingSignIn> pending = SessionSignIn.pending();
        if (pending.isEmpty()) {
            event.forwardTo("login");
            return;
        }
        try {
            if (pending.get().enrolmentDue()) {
                showEnrolment(pending.get());
            } else {
                showCodeEntry(pending.get());
            }
        } catch (CodeRefusedException refused) {
            showStartAgain(RefusalText.of(refused, clock));
        }
    }

    private void showCodeEntry(PendingSignIn pending) {
        TextField code = CodeFields.code(Texts.t("mfa.codeView.code"));
        var verify = new Button(Texts.t("mfa.codeView.verify"), click -> verify(code));
        verify.setId("second-step-verify");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        var form = new Div(code, verify);
        form.addClassName("two-step-form");
        card.removeAll();
        card.add(new H2(Texts.t("mfa.codeView.enterYourSignIn")),
                new Paragraph(Texts.t("mfa.codeView.signingInAsOpen", pending.username())),
                form,
                hint(Texts.t("mfa.codeView.lostYourPhoneEnter")), cancel());
    }

    private void verify(TextField code) {
        Optional<PendingSignIn> pending = SessionSignIn.pending();
        if (pending.isEmpty()) {
            showStartAgain(Texts.t("mfa.refusalText.expired"));
            return;
        }
        try {
            SignInCompletion done = secondStep.verify(pending.get(), code.getValue());
            code.clear();
            SessionSignIn.complete(done.authentication());
            if (done.recoveryCodesLeft() < 0) {
                enterPortal();
            } else {
                showRecoveryCodeUsed(done.recoveryCodesLeft());
            }
        } catch (CodeRefusedException refused) {
            if (refused.reason() == CodeRefusedException.Reason.EXPIRED
                    || refused.reason() == CodeRefusedException.Reason.NOT_ENROLLED) {
                showStartAgain(RefusalText.of(refused, clock));
                return;
            }
            code.clear();
            code.setErrorMessage(RefusalText.of(refused, clock));
            code.setInvalid(true);
            code.focus();
        }
    }

    private void showEnrolment(PendingSignIn pending) {
        card.removeAll();
        var intro = new Paragraph(Texts.t("mfa.codeView.signingInAsAdministrators", pending.username()));
        EnrolmentPanel[] panel = new EnrolmentPanel[1];
        panel[0] = new EnrolmentPanel(secondStep.offerEnrolment(pending), typed -> {
            try {
                SignInCompletion done = secondStep.confirmEnrolment(pending, typed);
                SessionSignIn.complete(done.authentication());
                card.removeAll();
                card.add(new H2(Texts.t("mfa.codeView.twoStepSignIn")), new RecoveryCodesPanel(done.newRecoveryCodes(),
                        Texts.t("mfa.codeView.iHaveSavedThem"), this::enterPortal));
            } catch (CodeRefusedException refused) {
                panel[0].refuse(RefusalText.of(refused, clock));
            }
        });
        card.add(new H2(Texts.t("mfa.codeView.setUpTwoStep")), intro, panel[0], cancel());
    }

    private void showRecoveryCodeUsed(int left) {
        card.removeAll();
        var go = new Button(Texts.t("mfa.codeView.continueToThePortal"), click -> enterPortal());
        go.setId("second-step-continue");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        card.add(new H2(Texts.t("mfa.codeView.recoveryCodeAccepted")),
                new Paragraph(Texts.t("mfa.codeView.thatRecoveryCodeIs", left)), go);
    }

    private void showStartAgain(String message) {
        SessionSignIn.forget();
        card.removeAll();
        var again = new Button(Texts.t("mfa.codeView.signInAgain"), click -> getUI()
                .ifPresent(ui -> ui.navigate("login")));
        again.setId("second-step-again");
        again.addThemeVariants(ButtonVariant.PRIMARY);
        var text = new Paragraph(message);
        text.setId("second-step-problem");
        card.add(new H2(Texts.t("mfa.codeView.signInAgain2")), text, again);
    }

    private Button cancel() {
        var cancel = new Button(Texts.t("mfa.codeView.cancelAndSignIn"), click -> {
            SessionSignIn.forget();
            getUI().ifPresent(ui -> ui.navigate("login"));
        });
        cancel.setId("second-step-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        return cancel;
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("two-step-hint");
        return hint;
    }

    /** A full page load: the new session's pages are built for the signed-in user. */
    private void enterPortal() {
        String root = VaadinService.getCurrentRequest().getContextPath() + "/";
        getUI().ifPresent(ui -> ui.getPage().setLocation(root));
    }
}
