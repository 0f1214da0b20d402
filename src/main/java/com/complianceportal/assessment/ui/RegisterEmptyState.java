package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.error.FailureText;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the register says when nothing matches: which filters matched nothing, and a way to clear them. Its buttons
 * are made when first needed: every open register holds this component, few ever show it.
 */
final class RegisterEmptyState extends Div {

    private final UserTime time;
    private final Runnable clearFilters;
    private final Paragraph message = new Paragraph();
    private @Nullable Button clear;
    private @Nullable Button retry;
    private Runnable retryAction = () -> { };

    RegisterEmptyState(UserTime time, Runnable clearFilters) {
        this.time = time;
        this.clearFilters = clearFilters;
        setId("register-empty");
        addClassName("register-empty");
        add(message);
    }

    /** The source could not answer: why, and a way to ask again where that can help. */
    void showFailure(SourceFailure failure, Runnable retry) {
        message.setText(FailureText.of(failure));
        showClear(false);
        this.retryAction = retry;
        boolean worthRetrying = FailureText.worthRetrying(failure);
        if (worthRetrying && this.retry == null) {
            this.retry = new Button(Texts.t("assessment.registerEmptyState.tryAgain"), VaadinIcon.REFRESH.create(),
                    e -> retryAction.run());
            this.retry.setId("register-retry");
            this.retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(this.retry);
        }
        if (this.retry != null) {
            this.retry.setVisible(worthRetrying);
        }
        addClassName("failed");
    }

    void show(AssessmentFilter filter) {
        if (retry != null) {
            retry.setVisible(false);
        }
        removeClassName("failed");
        List<String> parts = FilterDescription.parts(filter, time);
        if (parts.isEmpty()) {
            message.setText(Texts.t("assessment.registerEmptyState.theRegisterHasNo"));
            showClear(false);
        } else {
            message.setText(Texts.t("assessment.registerEmptyState.noAssessmentsMatch", String.join(", ", parts)));
            showClear(true);
        }
    }

    private void showClear(boolean visible) {
        if (visible && clear == null) {
            clear = new Button(Texts.t("assessment.registerEmptyState.clearFilters"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> clearFilters.run());
            clear.setId("register-empty-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            addComponentAtIndex(1, clear);
        }
        if (clear != null) {
            clear.setVisible(visible);
        }
    }
}
