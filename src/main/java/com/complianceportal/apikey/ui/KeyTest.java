package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyTesting;
import com.complianceportal.apikey.service.KeyCheckResult;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * "Test" for one stored key: one cheap call to the vendor with that key, sent from the server, and below the key's
 * facts what came back, with the round-trip time. The button waits for the answer (at most the read timeout).
 */
final class KeyTest {

    final Button button = new Button(Texts.t("apikey.keyTest.test"));
    final Div result = new Div();

    KeyTest(ApiKeyTesting testing, KeyHolder holder, Upstream upstream) {
        String name = upstream.name().toLowerCase(Locale.ROOT);
        button.setId("test-key-" + name);
        // The lightest of the key's actions, so that Test, Replace key and Revoke fit on one line on a phone.
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(Texts.t("apikey.keyTest.checkTheKeyWith", upstream.label()));
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                show(testing.test(holder.userId(), upstream), upstream);
            } finally {
                button.setEnabled(true);
            }
        });
        result.setId("key-test-" + name);
        result.addClassName("key-test");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
    }

    private void show(KeyCheckResult outcome, Upstream upstream) {
        var badge = new Badge(KeyTestTexts.badge(outcome));
        badge.addThemeVariants(KeyTestTexts.variant(outcome));
        badge.addClassName("key-test-verdict");
        var sentence = new Span(KeyTestTexts.sentence(outcome, upstream));
        sentence.addClassName("key-test-sentence");
        result.removeAll();
        result.add(badge, sentence);
        result.getElement().setAttribute("verdict", outcome.verdict().name().toLowerCase(Locale.ROOT));
        result.setVisible(true);
    }
}
