package com.complianceportal.admin.ui;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.base.ui.DateFields;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The audit log's filters: actor, actions, target and a date range. Showing a query from the address fills the fields
 * without firing; a change by the admin hands the whole new query to the listener, which puts it into the address. A
 * range that ends before it starts is marked on the "To" field and not applied, and what was typed stays.
 */
class AuditFilterBar extends Div {

    final TextField actor = new TextField(Texts.t("admin.auditFilterBar.actor"));
    final MultiSelectComboBox<AuditAction> action = new MultiSelectComboBox<>(Texts.t("admin.auditFilterBar.action"));
    final TextField target = new TextField(Texts.t("admin.auditFilterBar.target"));
    final DatePicker from = new DatePicker(Texts.t("admin.auditFilterBar.from"));
    final DatePicker to = new DatePicker(Texts.t("admin.auditFilterBar.to"));
    private final Consumer<AuditQuery> listener;
    private AuditQuery current = AuditQuery.NONE;
    private boolean updating;

    AuditFilterBar(Locale locale, Consumer<AuditQuery> listener) {
        this.listener = listener;
        addClassName("audit-filters");
        actor.setId("audit-actor");
        actor.setPlaceholder(Texts.t("admin.auditFilterBar.userName"));
        target.setId("audit-target");
        target.setPlaceholder(Texts.t("admin.auditFilterBar.startsWith"));
        target.setTooltipText(Texts.t("admin.auditFilterBar.theBeginningOfWhat"));
        for (TextField field : List.of(actor, target)) {
            field.setClearButtonVisible(true);
            field.setMaxLength(AuditQueryParser.MAX_TEXT);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(400);
            field.addValueChangeListener(e -> changed());
        }
        action.setId("audit-action");
        action.setItems(Stream.of(AuditAction.values())
                .sorted(Comparator.comparing(Labels::label)).toList());
        action.setItemLabelGenerator(Labels::label);
        action.setClearButtonVisible(true);
        action.setSelectedItemsOnTop(true);
        action.addValueChangeListener(e -> changed());
        from.setId("audit-from");
        to.setId("audit-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(locale);
            picker.setI18n(DateFields.i18n(locale).setMinErrorMessage(Texts.t("admin.auditFilterBar.range")));
            picker.setClearButtonVisible(true);
        }
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            changed();
        });
        to.addValueChangeListener(e -> changed());
        var clear = new Button(Texts.t("admin.auditFilterBar.clearFilters"), VaadinIcon.CLOSE_SMALL.create(), e -> {
            if (!current.isEmpty()) {
                listener.accept(AuditQuery.NONE);
            }
        });
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(actor, action, target, from, to, clear);
    }

    /** Shows {@code query} in the fields, without telling the listener. */
    void show(AuditQuery query) {
        updating = true;
        try {
            current = query.clean();
            actor.setValue(query.actor() == null ? "" : query.actor());
            action.setValue(query.actions());
            target.setValue(query.target() == null ? "" : query.target());
            from.setValue(query.from());
            to.setMin(query.from());
            to.setValue(query.to());
            to.setInvalid(false);
        } finally {
            updating = false;
        }
    }

    private void changed() {
        if (updating) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            to.setErrorMessage(Texts.t("admin.auditFilterBar.range"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        var next = new AuditQuery(actor.getValue(), action.getValue(), target.getValue(), start, end, List.of());
        if (!next.equals(current)) {
            listener.accept(next);
        }
    }
}
