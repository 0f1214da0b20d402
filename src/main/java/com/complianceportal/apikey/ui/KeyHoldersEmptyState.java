package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the key list says when nobody matches: everyone already has the keys asked about, or no name matched. */
final class KeyHoldersEmptyState extends Div {

    private final Paragraph message = new Paragraph();
    private final Button clear;

    KeyHoldersEmptyState(Runnable clearFilters) {
        setId("api-keys-empty");
        addClassName("api-keys-empty");
        clear = new Button(Texts.t("apikey.keyHoldersEmptyState.clearFilters"), VaadinIcon.CLOSE_SMALL.create(),
                e -> clearFilters.run());
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(VaadinIcon.KEY_O.create(), message, clear);
    }

    /** {@code anyoneNamed}: whether the search text alone matches a user (always true without text). */
    void show(KeyHolderFilter filter, boolean anyoneNamed) {
        // Both boxes ticked list the users without either key, so the empty list means each has one or the other.
        String keys = Arrays.stream(Upstream.values()).filter(filter.withoutKey()::contains)
                .map(upstream -> Texts.t("apikey.keyHoldersEmptyState.aKey", upstream.label()))
                        .collect(Collectors.joining(" " + Texts.t("apikey.keyHoldersEmptyState.or") + " "));
        if (filter.equals(KeyHolderFilter.NONE)) {
            message.setText(Texts.t("apikey.keyHoldersEmptyState.thereAreNoUsers"));
        } else if (!filter.text().isEmpty() && (keys.isEmpty() || !anyoneNamed)) {
            message.setText(Texts.t("apikey.keyHoldersEmptyState.noUserSName", filter.text()));
        } else if (filter.text().isEmpty()) {
            message.setText(Texts.t("apikey.keyHoldersEmptyState.everyUserHas", keys));
        } else {
            message.setText(Texts.t("apikey.keyHoldersEmptyState.everyoneWhoseNameContains", filter.text(), keys));
        }
        clear.setVisible(!filter.equals(KeyHolderFilter.NONE));
    }
}
