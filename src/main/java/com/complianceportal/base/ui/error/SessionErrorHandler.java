package com.complianceportal.base.ui.error;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Errors in event handlers: a friendly notification with the reference; the details go to the log only. */
@Configuration
class SessionErrorHandler {

    @Bean
    VaadinServiceInitListener errorHandlerInitializer() {
        return event -> event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String reference = ErrorReference.log(error.getThrowable());
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                var notification = new Notification("Something went wrong and your last action was not completed. "
                        + "Nothing you typed was lost. If it happens again, quote reference " + reference + ".");
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.setPosition(Notification.Position.TOP_CENTER);
                notification.setDuration(10_000);
                notification.open();
            }));
        }));
    }
}
