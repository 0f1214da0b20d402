package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

/** A "Contacts" button in the detail header that opens a party's contact persons right there. */
final class ContactsPopover {

    private ContactsPopover() {
    }

    /** The button (its popover attaches with it), or a plain note when the party has no contact persons. */
    static Component of(String id, Party party) {
        if (party.contacts().isEmpty()) {
            var none = new Span(Texts.t("assessment.contactsPopover.noContactPersons"));
            none.addClassName("keyfact-meta");
            none.setId(id);
            return none;
        }
        var button = new Button(Counts.contacts(party.contacts().size()),
                VaadinIcon.ENVELOPE_O.create());
        button.setId(id);
        button.addClassName("contacts-button");
        var heading = new Span(party.organisation().displayName());
        heading.addClassName("contacts-popover-title");
        var list = new Div(heading);
        list.addClassName("contacts-popover");
        party.contacts().forEach(person -> list.add(DetailParts.contact(person)));
        var popover = new Popover(list);
        popover.setId(id + "-popover");
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.setAriaLabel(Texts.t("assessment.contactsPopover.contactsOf", party.organisation().displayName()));
        return button;
    }
}
