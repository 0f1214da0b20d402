package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.apikey.service.ApiKeyTesting;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/** One user's keys, a panel per upstream. Closing it empties any key typed but not saved. */
final class UserKeysDialog extends Dialog {

    private final List<UpstreamKeyPanel> panels = new ArrayList<>();

    UserKeysDialog(KeyHolder holder, ApiKeyAdministration administration, ApiKeyTesting testing, UserTime time,
            Runnable changed) {
        setId("user-keys-dialog");
        addClassName("user-keys-dialog");
        setHeaderTitle(Texts.t("apikey.userKeysDialog.apiKeysOf", holder.displayName()));
        setWidth("38rem");
        setMaxWidth("100%");
        var close = new Button(VaadinIcon.CLOSE.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(Texts.t("apikey.userKeysDialog.close"));
        getHeader().add(close);
        var who = new Paragraph(holder.username() + " · " + Labels.label(holder.role()));
        who.addClassName("user-keys-who");
        add(who);
        for (Upstream upstream : Upstream.values()) {
            var panel = new UpstreamKeyPanel(holder, upstream, administration, testing, time, changed);
            panels.add(panel);
            add(panel);
        }
        var done = new Button(Texts.t("apikey.userKeysDialog.done"), e -> close());
        done.setId("close-user-keys");
        getFooter().add(done);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                panels.forEach(UpstreamKeyPanel::discardForm);
            }
        });
    }
}
