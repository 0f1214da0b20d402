package com.complianceportal.user.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the account page that another feature contributes, such as the status of the user's API keys. A Spring
 * bean; the account page lists every one, so that it does not depend on the features that fill it.
 */
public interface AccountSection {

    /** A new component for the signed-in user's account page. */
    Component create();
}
