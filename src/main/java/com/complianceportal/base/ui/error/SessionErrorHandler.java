package com.complianceportal.base.ui.error;

import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors in event handlers: a vendor failure in its plain words, anything else as a friendly notification with a
 * reference; the details go to the log only.
 */
@Configuration
class SessionErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Bean
    VaadinServiceInitListener errorHandlerInitializer() {
        return event -> event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String text = FailureText.in(error.getThrowable()).map(SessionErrorHandler::vendorFailure)
                    .orElseGet(() -> Texts.t("error.action", ErrorReference.log(error.getThrowable())));
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                var notification = new Notification(text);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.setPosition(Notification.Position.TOP_CENTER);
                notification.setDuration(10_000);
                notification.open();
            }));
        }));
    }

    private static String vendorFailure(SourceFailure failure) {
        log.warn("{}", failure.getMessage());
        return FailureText.of(failure) + " " + Texts.t("error.nothingLost");
    }
}
