package com.complianceportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a component whether the browser window is narrower than a width: each time the component is attached, and on
 * every resize of the window while it stays attached. A window whose width the browser did not report counts as wide.
 */
public final class NarrowWindow {

    private NarrowWindow() {
    }

    public static void follow(Component component, int width, SerializableConsumer<Boolean> narrow) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> narrow.accept(details.getWindowInnerWidth() > 0
                    && details.getWindowInnerWidth() < width));
            Registration resize = page.addBrowserWindowResizeListener(e -> narrow.accept(e.getWidth() < width));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
