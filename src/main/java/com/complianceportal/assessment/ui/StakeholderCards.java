package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/** The stakeholder cards: assessed organisation, requester, executors and selected partners. */
final class StakeholderCards extends Div {

    StakeholderCards(StakeholderDetails stakeholders) {
        addClassName("stakeholder-cards");
        setId("stakeholders");
        add(card("Assessed organisation", "card-assessed", stakeholders.assessedOrg(), List.of()));
        if (stakeholders.requester() != null) {
            add(card("Requester", "card-requester", stakeholders.requester(), List.of()));
        }
        int i = 0;
        for (StakeholderDetails.Executor executor : stakeholders.executors()) {
            add(card("Executor", "card-executor-" + i++, executor.party(), flags(executor)));
        }
        i = 0;
        for (Party partner : stakeholders.selectedPartners()) {
            add(card("Partner", "card-partner-" + i++, partner, List.of()));
        }
    }

    private static List<Badge> flags(StakeholderDetails.Executor executor) {
        List<Badge> flags = new ArrayList<>();
        if (executor.lead()) {
            flags.add(DetailParts.badge("Lead", "success"));
        }
        if (executor.ableToSubmit()) {
            flags.add(DetailParts.badge("Can submit", ""));
        }
        if (executor.placeholder()) {
            flags.add(DetailParts.badge("Placeholder", "warning"));
        }
        executor.assignedRoles().forEach(role -> flags.add(DetailParts.badge(role, "contrast")));
        return flags;
    }

    private static Card card(String kind, String id, Party party, List<Badge> flags) {
        Organisation org = party.organisation();
        Card card = new Card();
        card.setId(id);
        card.addClassName("stakeholder-card");
        card.setTitle(org.displayName());
        card.setSubtitle(new Span(kind + (org.type() == null ? "" : " · " + org.type())));
        if (!flags.isEmpty()) {
            var badges = new Div();
            badges.addClassName("badges");
            flags.forEach(badges::add);
            card.add(badges);
        }
        card.add(DetailParts.facts(DetailParts.fact("Org id", org.orgId()),
                DetailParts.fact("City", party.address().city()),
                DetailParts.fact("Country", party.address().country())));
        card.add(DetailParts.addressLines(party.address()));
        var contacts = new Div();
        contacts.addClassName("contacts");
        if (party.contacts().isEmpty()) {
            contacts.add(new Span("No contact persons"));
        }
        party.contacts().forEach(c -> contacts.add(DetailParts.contact(c)));
        card.add(contacts);
        return card;
    }
}
