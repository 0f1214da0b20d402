package com.complianceportal.assessment.ui;

import com.complianceportal.i18n.Texts;
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
import org.jspecify.annotations.Nullable;

/**
 * A "Columns" button with a popover of checkboxes: which register columns to show. The popover is made on the first
 * click, as few users ever open it and every open register would otherwise keep its nineteen checkboxes.
 */
class ColumnChooser extends Div {

    private final Button button = new Button(Texts.t("assessment.columnChooser.columns"), VaadinIcon.COG_O.create());
    private final Consumer<List<RegisterColumn>> listener;
    private List<RegisterColumn> visible;
    private @Nullable Popover popover;

    ColumnChooser(List<RegisterColumn> visible, Consumer<List<RegisterColumn>> listener) {
        this.visible = List.copyOf(visible);
        this.listener = listener;
        button.setId("column-chooser");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-haspopup", "dialog").setAttribute("aria-expanded", "false");
        button.addClickListener(e -> {
            if (popover == null) {
                popover = popover();
                add(popover);
                popover.open();
            }
        });
        add(button);
    }

    private Popover popover() {
        CheckboxGroup<RegisterColumn> choice = new CheckboxGroup<>();
        choice.setId("column-choice");
        choice.setLabel(Texts.t("assessment.columnChooser.columnsToShow"));
        choice.setItems(RegisterColumn.values());
        choice.setItemLabelGenerator(RegisterColumn::header);
        choice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choice.setValue(new LinkedHashSet<>(visible));
        choice.setItemEnabledProvider(c -> c != RegisterColumn.ASSESSMENT_ID);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                visible = Arrays.stream(RegisterColumn.values()).filter(e.getValue()::contains).toList();
                listener.accept(visible);
            }
        });
        Popover created = new Popover();
        created.setTarget(button);
        created.setPosition(PopoverPosition.BOTTOM_END);
        created.setModal(false);
        created.add(choice);
        created.addClassName("column-popover");
        return created;
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
