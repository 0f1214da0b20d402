package com.complianceportal.user.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.user.domain.RegionalSettings;
import com.complianceportal.user.service.AccountService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The user's language (English, German or the browser's) and time zone (any, or the browser's). Saving reloads the
 * page, so that every text and every moment on it is shown the new way at once.
 */
class RegionalSettingsForm extends Composite<VerticalLayout> {

    static final String BROWSER = "";

    final Select<String> language = new Select<>();
    final ComboBox<String> zone = new ComboBox<>();
    final Button save = new Button(Texts.t("region.save"));

    RegionalSettingsForm(AccountService accounts) {
        RegionalSettings current = accounts.myRegionalSettings();
        language.setId("account-language");
        language.setLabel(Texts.t("region.language"));
        var languages = new ArrayList<String>(List.of(BROWSER));
        languages.addAll(RegionalSettings.LANGUAGES);
        language.setItems(languages);
        language.setItemLabelGenerator(RegionalSettingsForm::languageName);
        language.setValue(Objects.requireNonNullElse(current.language(), BROWSER));
        zone.setId("account-time-zone");
        zone.setLabel(Texts.t("region.zone"));
        var zones = new ArrayList<String>(List.of(BROWSER));
        zones.addAll(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || "UTC".equals(z)).sorted()
                .toList());
        zone.setItems(zones);
        zone.setItemLabelGenerator(z -> z.isEmpty() ? Texts.t("region.zone.browser") : z);
        zone.setValue(Objects.requireNonNullElse(current.timeZone(), BROWSER));
        save.setId("account-region-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("form-submit");
        save.addClickListener(e -> {
            accounts.setRegionalSettings(new RegionalSettings(blankAsNull(language.getValue()),
                    blankAsNull(zone.getValue())));
            UI.getCurrent().getPage().reload();
        });
        var form = new FormLayout(language, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        getContent().setPadding(false);
        getContent().add(new H2(Texts.t("region.title")), form, save);
    }

    private static String languageName(String code) {
        return switch (code) {
            case "en" -> Texts.t("region.language.en");
            case "de" -> Texts.t("region.language.de");
            default -> Texts.t("region.language.browser");
        };
    }

    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
