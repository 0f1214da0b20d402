package com.complianceportal.base.ui;

import com.complianceportal.i18n.Texts;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** What a tab says when it loses the server: in words, in a banner (styles.css), not only as a thin bar. */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var messages = init.getUI().getReconnectDialogConfiguration();
            messages.setDialogText(Texts.t("connection.reconnecting"));
            messages.setDialogTextGaveUp(Texts.t("connection.gaveUp"));
        });
    }
}
