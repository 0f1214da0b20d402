package com.complianceportal.base.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.user.domain.ColorScheme;
import com.complianceportal.user.service.AccountService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme.Value;

/** Switches between light and dark and remembers the choice on the user's account. */
final class ColorSchemeToggle extends Button {

    private final AccountService accounts;
    private ColorScheme scheme;

    ColorSchemeToggle(AccountService accounts, ColorScheme initial) {
        this.accounts = accounts;
        this.scheme = initial;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setId("color-scheme-toggle");
        addClickListener(e -> toggle());
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        apply();
    }

    private void toggle() {
        scheme = scheme == ColorScheme.DARK ? ColorScheme.LIGHT : ColorScheme.DARK;
        accounts.setColorScheme(scheme);
        render();
        apply();
    }

    private void render() {
        boolean dark = scheme == ColorScheme.DARK;
        setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        String label = dark ? Texts.t("scheme.toLight") : Texts.t("scheme.toDark");
        setAriaLabel(label);
        setTooltipText(label);
    }

    private void apply() {
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(scheme == ColorScheme.DARK ? Value.DARK : Value.LIGHT));
    }
}
