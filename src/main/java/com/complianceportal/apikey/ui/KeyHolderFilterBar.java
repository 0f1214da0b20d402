package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Search by name, and "without a key" per upstream: the users an administrator onboarding a team looks for. */
final class KeyHolderFilterBar extends Div {

    final TextField search = new TextField();
    final Map<Upstream, Checkbox> without = new EnumMap<>(Upstream.class);

    KeyHolderFilterBar(Consumer<KeyHolderFilter> changed) {
        addClassName("api-keys-filters");
        search.setId("api-keys-search");
        search.setPlaceholder(Texts.t("apikey.keyHolderFilterBar.searchUsers"));
        search.setAriaLabel(Texts.t("apikey.keyHolderFilterBar.searchUsersByName"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("api-keys-search");
        search.addValueChangeListener(e -> changed.accept(filter()));
        add(search);
        for (Upstream upstream : Upstream.values()) {
            var box = new Checkbox(Texts.t("apikey.keyHolderFilterBar.withoutAKey", upstream.label()));
            box.setId("without-" + upstream.name().toLowerCase(java.util.Locale.ROOT));
            box.addValueChangeListener(e -> changed.accept(filter()));
            without.put(upstream, box);
            add(box);
        }
    }

    KeyHolderFilter filter() {
        Set<Upstream> missing = EnumSet.noneOf(Upstream.class);
        without.forEach((upstream, box) -> {
            if (box.getValue()) {
                missing.add(upstream);
            }
        });
        return new KeyHolderFilter(search.getValue(), missing);
    }

    void clear() {
        search.clear();
        without.values().forEach(box -> box.setValue(false));
    }
}
