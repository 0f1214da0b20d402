package com.complianceportal.access.ui;

import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserFilter;
import com.complianceportal.user.domain.UserState;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Search by user name, name or e-mail address, and a role and a state to narrow the list down. */
final class UserFilterBar extends Div {

    final TextField search = new TextField();
    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<UserState> state = new ComboBox<>();

    UserFilterBar(Consumer<UserFilter> changed) {
        addClassName("users-filters");
        search.setId("users-search");
        search.setPlaceholder(Texts.t("access.userFilterBar.searchUsers"));
        search.setAriaLabel(Texts.t("access.userFilterBar.searchUsersByUser"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("users-search");
        role.setId("users-role");
        role.setPlaceholder(Texts.t("access.userFilterBar.anyRole"));
        role.setAriaLabel(Texts.t("access.userFilterBar.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Labels::label);
        role.setClearButtonVisible(true);
        state.setId("users-state");
        state.setPlaceholder(Texts.t("access.userFilterBar.anyState"));
        state.setAriaLabel(Texts.t("access.userFilterBar.state"));
        state.setItems(UserState.values());
        state.setItemLabelGenerator(Labels::label);
        state.setClearButtonVisible(true);
        search.addValueChangeListener(e -> changed.accept(filter()));
        role.addValueChangeListener(e -> changed.accept(filter()));
        state.addValueChangeListener(e -> changed.accept(filter()));
        add(search, role, state);
    }

    UserFilter filter() {
        return new UserFilter(search.getValue(), role.getValue(), state.getValue());
    }

    void clear() {
        search.clear();
        role.clear();
        state.clear();
    }
}
