package com.complianceportal.apikey.ui;

import com.complianceportal.base.ui.error.ErrorReference;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Says in words that the list could not be loaded, with the reference of the logged cause, and offers a retry. */
final class LoadProblem extends Div {

    private final Span message = new Span();

    LoadProblem(Runnable retry) {
        setId("api-keys-load-problem");
        addClassName("api-keys-problem");
        getElement().setAttribute("role", "alert");
        var again = new Button(Texts.t("apikey.loadProblem.tryAgain"), VaadinIcon.REFRESH.create(), e -> {
            setVisible(false);
            retry.run();
        });
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(VaadinIcon.WARNING.create(), message, again);
        setVisible(false);
    }

    /** Logs the failure and shows it; the list stays empty until a retry succeeds. */
    void show(RuntimeException failure) {
        String reference = ErrorReference.log(failure);
        message.setText(Texts.t("apikey.loadProblem.theUsersAndTheir", reference));
        setVisible(true);
    }
}
