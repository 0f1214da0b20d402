package com.complianceportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** A "Columns" button with a popover of checkboxes: which register columns to show. */
class ColumnChooser extends Div {

    private final CheckboxGroup<RegisterColumn> choice = new CheckboxGroup<>();

    ColumnChooser(List<RegisterColumn> visible, Consumer<List<RegisterColumn>> listener) {
        Button button = new Button("Columns", VaadinIcon.COG_O.create());
        button.setId("column-chooser");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        choice.setId("column-choice");
        choice.setLabel("Columns to show");
        choice.setItems(RegisterColumn.values());
        choice.setItemLabelGenerator(RegisterColumn::header);
        choice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choice.setValue(new LinkedHashSet<>(visible));
        choice.setItemEnabledProvider(c -> c != RegisterColumn.ASSESSMENT_ID);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.accept(Arrays.stream(RegisterColumn.values()).filter(e.getValue()::contains).toList());
            }
        });
        Popover popover = new Popover();
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setModal(false);
        popover.add(choice);
        popover.addClassName("column-popover");
        add(button, popover);
    }

    /** The columns stored as "key,key": unknown keys are dropped, the id column is always kept. */
    static List<RegisterColumn> parse(String stored) {
        Set<RegisterColumn> columns = new LinkedHashSet<>();
        columns.add(RegisterColumn.ASSESSMENT_ID);
        for (String key : stored.split(",")) {
            Arrays.stream(RegisterColumn.values()).filter(c -> c.key().equals(key.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresent(columns::add);
        }
        return Arrays.stream(RegisterColumn.values()).filter(columns::contains).toList();
    }

    static String format(List<RegisterColumn> columns) {
        return String.join(",", columns.stream().map(RegisterColumn::key).toList());
    }
}
