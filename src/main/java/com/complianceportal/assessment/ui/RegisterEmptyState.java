package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.error.FailureText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** What the register says when nothing matches: which filters matched nothing, and a way to clear them. */
final class RegisterEmptyState extends Div {

    private final UserTime time;
    private final Paragraph message = new Paragraph();
    private final Button clear;
    private final Button retry;
    private Runnable retryAction = () -> { };

    RegisterEmptyState(UserTime time, Runnable clearFilters) {
        this.time = time;
        setId("register-empty");
        addClassName("register-empty");
        clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create(), e -> clearFilters.run());
        clear.setId("register-empty-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry = new Button("Try again", VaadinIcon.REFRESH.create(), e -> retryAction.run());
        retry.setId("register-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.setVisible(false);
        add(message, clear, retry);
    }

    /** The source could not answer: why, and a way to ask again where that can help. */
    void showFailure(SourceFailure failure, Runnable retry) {
        message.setText(FailureText.of(failure));
        clear.setVisible(false);
        this.retry.setVisible(FailureText.worthRetrying(failure));
        this.retryAction = retry;
        addClassName("failed");
    }

    void show(AssessmentFilter filter) {
        retry.setVisible(false);
        removeClassName("failed");
        List<String> parts = FilterDescription.parts(filter, time);
        if (parts.isEmpty()) {
            message.setText("The register has no assessments yet.");
            clear.setVisible(false);
        } else {
            message.setText("No assessments match " + String.join(", ", parts) + ".");
            clear.setVisible(true);
        }
    }
}
