package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.base.ui.Countries;
import com.complianceportal.base.ui.DateFields;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The register's filters. Setting a filter from the address bar updates the fields without firing; a change by the
 * user hands the whole new filter to the listener, which puts it into the address. On phones every filter but the
 * search folds behind a "Filters" button that counts the active ones.
 */
class RegisterFilterBar extends Div {


    private final TextField search = new TextField();
    private final MultiSelectComboBox<String> status = new MultiSelectComboBox<>(Texts.t("assessment.registerFilterBar.status"));
    private final ComboBox<String> type = new ComboBox<>(Texts.t("assessment.registerFilterBar.type"));
    private final ComboBox<String> standard = new ComboBox<>(Texts.t("assessment.registerFilterBar.standard"));
    private final ComboBox<String> rating = new ComboBox<>(Texts.t("assessment.registerFilterBar.rating"));
    private final ComboBox<String> country = new ComboBox<>(Texts.t("assessment.registerFilterBar.country"));
    private final ComboBox<String> capaStatus = new ComboBox<>(Texts.t("assessment.registerFilterBar.capaStatus"));
    private final DatePicker dueFrom = new DatePicker(Texts.t("assessment.registerFilterBar.dueFrom"));
    private final DatePicker dueTo = new DatePicker(Texts.t("assessment.registerFilterBar.dueTo"));
    private final Checkbox overdue = new Checkbox(Texts.t("assessment.registerFilterBar.overdueOnly"));
    private final Button toggle = new Button(Texts.t("assessment.registerFilterBar.filters"),
            VaadinIcon.FILTER.create());
    private final Div extras = new Div();
    private final Consumer<AssessmentFilter> listener;
    private final UserTime time;
    private AssessmentFilter current = AssessmentFilter.NONE;
    private boolean updating;

    RegisterFilterBar(SourceCapabilities source, UserTime time, Consumer<AssessmentFilter> listener) {
        this.listener = listener;
        this.time = time;
        Locale locale = time.locale();
        addClassName("register-filters");
        search.setId("register-search");
        search.setLabel(Texts.t("assessment.registerFilterBar.search"));
        search.setPlaceholder(Texts.t("assessment.registerFilterBar.assessmentIdCaseId"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setMaxLength(200);
        search.addClassName("register-search");
        status.setId("filter-status");
        status.addClassName("register-status");
        status.setItems(AssessmentVocabulary.STATUSES);
        status.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        status.setSelectedItemsOnTop(true);
        status.setClearButtonVisible(true);
        FilterOptions options = source.options();
        setUp(type, "filter-type", options.types());
        setUp(standard, "filter-standard", options.standards());
        setUp(rating, "filter-rating", options.ratings());
        setUp(country, "filter-country", options.countries());
        country.setItemLabelGenerator(code -> java.util.Objects.requireNonNullElse(
                Countries.name(code, time.language()), code));
        country.setPlaceholder(Texts.t("assessment.registerFilterBar.nameOrCode"));
        setUp(capaStatus, "filter-capa-status", options.capaStatuses());
        dueFrom.setId("filter-due-from");
        dueTo.setId("filter-due-to");
        for (DatePicker picker : List.of(dueFrom, dueTo)) {
            picker.setLocale(locale);
            picker.setI18n(DateFields.i18n(locale).setMinErrorMessage(Texts.t("assessment.registerFilterBar.range")));
            picker.setClearButtonVisible(true);
        }
        overdue.setId("filter-overdue");
        overdue.addClassName("register-overdue");
        Button clear = new Button(Texts.t("assessment.registerFilterBar.clearFilters"),
                VaadinIcon.CLOSE_SMALL.create(), e -> {
            if (!current.equals(AssessmentFilter.NONE)) {
                listener.accept(AssessmentFilter.NONE);
            }
        });
        clear.setId("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        extras.addClassName("register-extra-filters");
        var more = new Div(status, type, standard, rating, country, capaStatus, dueFrom, dueTo, overdue, clear);
        more.addClassName("register-more-filters");
        toggle.addClickListener(e -> {
            boolean open = !hasClassName("open");
            setClassName("open", open);
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        toggle.setId("filter-toggle");
        toggle.addClassName("register-filters-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("aria-expanded", "false");
        add(search, toggle, more, extras);
        // A filter the source cannot apply is not offered at all.
        search.setVisible(source.supports(FilterKind.TEXT));
        status.setVisible(source.supports(FilterKind.STATUS));
        type.setVisible(source.supports(FilterKind.TYPE));
        standard.setVisible(source.supports(FilterKind.STANDARD));
        rating.setVisible(source.supports(FilterKind.RATING));
        country.setVisible(source.supports(FilterKind.COUNTRY));
        capaStatus.setVisible(source.supports(FilterKind.CAPA_STATUS));
        dueFrom.setVisible(source.supports(FilterKind.DUE_RANGE));
        dueTo.setVisible(source.supports(FilterKind.DUE_RANGE));
        overdue.setVisible(source.supports(FilterKind.OVERDUE));
        search.addValueChangeListener(e -> changed());
        status.addValueChangeListener(e -> changed());
        for (var field : List.of(type, standard, rating, country, capaStatus)) {
            field.addValueChangeListener(e -> changed());
        }
        dueFrom.addValueChangeListener(e -> {
            dueTo.setMin(e.getValue());
            changed();
        });
        dueTo.addValueChangeListener(e -> changed());
        overdue.addValueChangeListener(e -> changed());
    }

    /** Shows {@code filter} in the fields, without telling the listener. */
    void setFilter(AssessmentFilter filter) {
        updating = true;
        try {
            current = filter;
            search.setValue(nullToEmpty(filter.text()));
            status.setValue(filter.statuses());
            type.setValue(filter.type());
            standard.setValue(filter.standard());
            rating.setValue(filter.rating());
            country.setValue(filter.country());
            capaStatus.setValue(filter.capaStatus());
            dueFrom.setValue(filter.dueFrom());
            dueTo.setMin(filter.dueFrom());
            dueTo.setValue(filter.dueTo());
            dueTo.setInvalid(false);
            overdue.setValue(filter.overdueOnly());
            showExtras(filter);
            int active = FilterDescription.parts(filter, time).size() - (filter.text() == null ? 0 : 1);
            toggle.setText(active == 0 ? Texts.t("assessment.registerFilterBar.filters2")
                    : Texts.t("assessment.registerFilterBar.filters3", active));
        } finally {
            updating = false;
        }
    }

    private void changed() {
        if (updating) {
            return;
        }
        LocalDate from = dueFrom.getValue();
        LocalDate to = dueTo.getValue();
        if (from != null && to != null && to.isBefore(from)) {
            dueTo.setErrorMessage(Texts.t("assessment.registerFilterBar.range"));
            dueTo.setInvalid(true);
            return;
        }
        dueTo.setInvalid(false);
        AssessmentFilter next = new AssessmentFilter(search.getValue(), Set.copyOf(status.getValue()),
                type.getValue(), standard.getValue(), rating.getValue(), country.getValue(), capaStatus.getValue(),
                from, to, overdue.getValue(), current.findingSeverity(), current.capaOverdueOnly());
        if (!next.equals(current)) {
            listener.accept(next);
        }
    }

    /** Filters that come only from links (dashboard): shown as removable chips. */
    private void showExtras(AssessmentFilter filter) {
        extras.removeAll();
        if (filter.findingSeverity() != null) {
            extras.add(chip(Texts.t("assessment.registerFilterBar.with",
                    Labels.label(filter.findingSeverity()).toLowerCase(getLocale())), "filter-severity",
                            () -> withoutSeverity(current)));
        }
        if (filter.capaOverdueOnly()) {
            extras.add(chip(Texts.t("assessment.registerFilterBar.capaOverdue"), "filter-capa-overdue",
                    () -> withoutCapaOverdue(current)));
        }
    }

    private Button chip(String text, String id, java.util.function.Supplier<AssessmentFilter> without) {
        Button chip = new Button(text, VaadinIcon.CLOSE_SMALL.create(), e -> listener.accept(without.get()));
        chip.setId(id);
        chip.setIconAfterText(true);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.setAriaLabel(Texts.t("assessment.registerFilterBar.removeFilter", text));
        return chip;
    }

    private static AssessmentFilter withoutSeverity(AssessmentFilter f) {
        return new AssessmentFilter(f.text(), f.statuses(), f.type(), f.standard(), f.rating(), f.country(),
                f.capaStatus(), f.dueFrom(), f.dueTo(), f.overdueOnly(), null, f.capaOverdueOnly());
    }

    private static AssessmentFilter withoutCapaOverdue(AssessmentFilter f) {
        return new AssessmentFilter(f.text(), f.statuses(), f.type(), f.standard(), f.rating(), f.country(),
                f.capaStatus(), f.dueFrom(), f.dueTo(), f.overdueOnly(), f.findingSeverity(), false);
    }

    /** A picker of the source's values; where the source cannot list them all, the user may type one. */
    private static void setUp(ComboBox<String> field, String id, FilterOptions.Choices choices) {
        field.setId(id);
        field.setClearButtonVisible(true);
        if (!choices.freeEntry()) {
            // The source's shared, immutable list: no copy per open register.
            field.setItems(choices.values());
        } else {
            List<String> items = new ArrayList<>(choices.values());
            field.setItems(items);
            field.setAllowCustomValue(true);
            field.addCustomValueSetListener(e -> {
                String typed = e.getDetail().strip();
                if (!typed.isEmpty() && !items.contains(typed)) {
                    items.add(typed);
                    field.getListDataView().refreshAll();
                }
                field.setValue(typed.isEmpty() ? null : typed);
            });
        }
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
