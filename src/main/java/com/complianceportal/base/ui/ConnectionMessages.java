package com.complianceportal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** What a tab says when it loses the server: in words, in a banner (styles.css), not only as a thin bar. */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    static final String RECONNECTING = "Connection to the portal lost. Reconnecting…";
    static final String GAVE_UP = "The portal cannot be reached. Check your network connection, then reload the page.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var messages = init.getUI().getReconnectDialogConfiguration();
            messages.setDialogText(RECONNECTING);
            messages.setDialogTextGaveUp(GAVE_UP);
        });
    }
}
