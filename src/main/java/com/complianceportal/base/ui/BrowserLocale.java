package com.complianceportal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Each browser tab formats numbers and dates the way its browser asks for (its preferred language and region), not
 * the way the server's own locale would: a German browser reads 1.234 and 31.12.2026.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null && request.getLocale() != null) {
                init.getUI().setLocale(request.getLocale());
            }
        });
    }
}
