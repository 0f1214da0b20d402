package com.complianceportal.base.ui.error;

import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** In place of what a vendor could not deliver: what went wrong, in plain words, and "Try again" where that can help. */
public final class FailurePanel extends Div {

    public FailurePanel(String heading, SourceFailure failure, Runnable retry) {
        setId("failure-panel");
        addClassName("failure-panel");
        add(new H3(heading), new Paragraph(FailureText.of(failure)));
        if (FailureText.worthRetrying(failure)) {
            var again = new Button(Texts.t("failure.tryAgain"), VaadinIcon.REFRESH.create(), e -> retry.run());
            again.setId("failure-retry");
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(again);
        }
    }
}
