package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The stakeholder cards: assessed organisation, requester, executors and selected partners. An executor's assigned
 * roles stand under its name; its flags (lead, can submit, placeholder) are badges.
 */
final class StakeholderCards extends Div {

    StakeholderCards(StakeholderDetails stakeholders) {
        addClassName("stakeholder-cards");
        setId("stakeholders");
        add(card(Texts.t("assessment.stakeholderCards.assessedOrganisation"), "card-assessed",
                stakeholders.assessedOrg(), null));
        if (stakeholders.requester() != null) {
            add(card(Texts.t("assessment.stakeholderCards.requester"), "card-requester", stakeholders.requester(),
                    null));
        }
        int i = 0;
        for (StakeholderDetails.Executor executor : stakeholders.executors()) {
            add(card(Texts.t("assessment.stakeholderCards.executor"), "card-executor-" + i++, executor.party(),
                    executor));
        }
        i = 0;
        for (Party partner : stakeholders.selectedPartners()) {
            add(card(Texts.t("assessment.stakeholderCards.partner"), "card-partner-" + i++, partner, null));
        }
    }

    private static Card card(String kind, String id, Party party, StakeholderDetails.@Nullable Executor executor) {
        Organisation org = party.organisation();
        Card card = new Card();
        card.setId(id);
        card.addClassName("stakeholder-card");
        card.setTitle(org.displayName());
        var subtitle = new Span(Stream.of(kind, org.type()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · ")));
        if (org.orgId() != null) {
            var orgId = new Span(org.orgId());
            orgId.addClassName("org-id");
            subtitle.add(new Span(" · "), orgId);
        }
        card.setSubtitle(subtitle);
        if (executor != null) {
            if (!executor.assignedRoles().isEmpty()) {
                var label = new Span(Texts.t("assessment.stakeholderCards.roles"));
                label.addClassName("executor-roles-label");
                var roles = new Span(String.join(", ", executor.assignedRoles()));
                roles.addClassName("executor-roles");
                var line = new Div(label, roles);
                line.addClassName("executor-roles-line");
                card.add(line);
            }
            var flags = flags(executor);
            if (flags.getComponentCount() > 0) {
                card.add(flags);
            }
        }
        card.add(DetailParts.addressLines(party.address()));
        var contacts = new Div();
        contacts.addClassName("contacts");
        if (party.contacts().isEmpty()) {
            contacts.add(new Span(Texts.t("assessment.stakeholderCards.noContactPersons")));
        }
        party.contacts().forEach(c -> contacts.add(DetailParts.contact(c)));
        card.add(contacts);
        return card;
    }

    private static Div flags(StakeholderDetails.Executor executor) {
        var flags = new Div();
        flags.addClassName("badges");
        if (executor.lead()) {
            flags.add(DetailParts.badge(Texts.t("assessment.stakeholderCards.lead"), "success"));
        }
        if (executor.ableToSubmit()) {
            flags.add(DetailParts.badge(Texts.t("assessment.stakeholderCards.canSubmit"), ""));
        }
        if (executor.placeholder()) {
            flags.add(DetailParts.badge(Texts.t("assessment.stakeholderCards.placeholder"), "warning"));
        }
        return flags;
    }
}
