package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What an administrator sees of a stored key: masked, its label, who set it when, and when it was last used. */
final class KeyFacts extends Div {

    KeyFacts(KeyStatus key, UserTime time) {
        addClassName("key-facts");
        var masked = new Badge(key.masked());
        masked.addThemeVariants(BadgeVariant.SUCCESS);
        masked.addClassName("key-masked");
        masked.getElement().setAttribute("aria-label", KeyTexts.endingIn(key));
        var first = new Div(masked);
        first.addClassName("key-facts-line");
        if (key.label() != null) {
            var label = new Span(key.label());
            label.addClassName("key-label");
            first.add(label);
        }
        var history = new Div(new Span(KeyTexts.setBy(key, time)), new Span(KeyTexts.lastUsed(key, time)));
        history.addClassName("key-history");
        add(first, history);
    }
}
