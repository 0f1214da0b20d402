package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.apikey.service.ApiKeyTesting;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One user's key for one upstream: its masked status, and set, replace (confirmed first) and revoke (confirmed); in
 * upstream mode also a test of the key against its vendor.
 */
final class UpstreamKeyPanel extends Card {

    private final KeyHolder holder;
    private final Upstream upstream;
    private final KeyChanges changes;
    private final ApiKeyTesting testing;
    private final UserTime time;
    private final Runnable changed;
    private final Div body = new Div();
    private @Nullable KeyStatus stored;
    private @Nullable KeyForm form;

    UpstreamKeyPanel(KeyHolder holder, Upstream upstream, ApiKeyAdministration administration, ApiKeyTesting testing,
            UserTime time, Runnable changed) {
        this.holder = holder;
        this.upstream = upstream;
        this.changes = new KeyChanges(administration, holder, upstream);
        this.testing = testing;
        this.time = time;
        this.changed = changed;
        this.stored = holder.key(upstream).orElse(null);
        setId("key-panel-" + upstream.name().toLowerCase(Locale.ROOT));
        addClassName("key-panel");
        setTitle(upstream.label(), 3);
        setSubtitle(upstream.purpose().substring(0, 1).toUpperCase(Locale.ROOT) + upstream.purpose().substring(1));
        body.addClassName("key-panel-body");
        add(body);
        showStatus();
    }

    /** Empties a key typed but not saved. */
    void discardForm() {
        if (form != null) {
            form.discard();
        }
    }

    private void showStatus() {
        form = null;
        body.removeAll();
        KeyStatus key = stored;
        if (key == null) {
            var none = new Span(Texts.t("apikey.upstreamKeyPanel.noKeyCannotUse", holder.displayName(),
                    upstream.label()));
            none.addClassName("key-none");
            body.add(none, actions(button(Texts.t("apikey.upstreamKeyPanel.setKey"), ButtonVariant.LUMO_PRIMARY,
                    () -> showForm(false))));
            return;
        }
        String name = holder.displayName();
        Div actions = actions(
                button(Texts.t("apikey.upstreamKeyPanel.replaceKey"), ButtonVariant.LUMO_CONTRAST,
                        () -> KeyConfirmations.replace(name, upstream, key, () -> showForm(true)).open()),
                button(Texts.t("apikey.upstreamKeyPanel.revoke"), ButtonVariant.LUMO_ERROR,
                        () -> KeyConfirmations.revoke(name, upstream, key,
                        () -> reloadAfter(changes::revoke)).open()));
        body.add(new KeyFacts(key, time));
        if (testing.available()) {
            var test = new KeyTest(testing, holder, upstream);
            actions.addComponentAsFirst(test.button);
            body.add(test.result);
        }
        body.add(actions);
    }

    private void showForm(boolean replacing) {
        body.removeAll();
        form = new KeyForm(upstream, replacing,
                (key, label) -> reloadAfter(() -> changes.save(key, label, replacing)), this::showStatus);
        body.add(form);
        form.focus();
    }

    private void reloadAfter(Runnable change) {
        change.run();
        stored = changes.stored().orElse(null);
        showStatus();
        changed.run();
    }

    private static Div actions(Button... buttons) {
        var actions = new Div(buttons);
        actions.addClassName("key-actions");
        return actions;
    }

    private Button button(String text, ButtonVariant variant, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(variant);
        button.setId(text.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + upstream.name().toLowerCase(Locale.ROOT));
        return button;
    }
}
