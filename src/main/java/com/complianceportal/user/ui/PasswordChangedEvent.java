package com.complianceportal.user.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Fired on the UI when the signed-in user has changed their password, so that parts of the account page that other
 * features contribute (such as the list of sessions, some of which the change ended) can show the new state.
 */
public class PasswordChangedEvent extends ComponentEvent<UI> {

    public PasswordChangedEvent(UI source) {
        super(source, false);
    }
}
