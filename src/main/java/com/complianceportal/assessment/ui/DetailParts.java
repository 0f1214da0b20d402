package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.ContactPerson;
import com.complianceportal.assessment.domain.WorkflowError;
import com.complianceportal.base.ui.Countries;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Small building blocks of the detail page. Every text goes in as text, never as HTML. */
final class DetailParts {

    private DetailParts() {
    }

    /** A term/definition pair; an empty value shows as a dash. */
    static Div fact(String term, @Nullable String value) {
        var t = new Span(term);
        t.addClassName("fact-term");
        var d = new Span(value == null || value.isBlank() ? "—" : value);
        d.addClassName("fact-value");
        var fact = new Div(t, d);
        fact.addClassName("fact");
        return fact;
    }

    static Div facts(Component... facts) {
        var list = new Div(facts);
        list.addClassName("facts");
        return list;
    }

    /** A small badge; {@code theme} is one of the badge themes of {@link Badges} ("" for the default). */
    static Badge badge(String text, String theme) {
        var badge = new Badge(text);
        badge.addThemeVariants(BadgeVariant.SMALL);
        switch (theme) {
            case "success" -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case "error" -> badge.addThemeVariants(BadgeVariant.ERROR);
            case "warning" -> badge.addThemeVariants(BadgeVariant.WARNING);
            case "contrast" -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            default -> {
                // the default badge colour
            }
        }
        return badge;
    }

    /** Street, postal code and city, province and country (by name), each on its own line when present. */
    static Div addressLines(Address address) {
        var lines = new Div();
        lines.addClassName("address");
        if (address.street() != null) {
            lines.add(new Div(address.street()));
        }
        String city = Stream.of(address.postal(), address.city()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        // A province named like its city (Mumbai, Chattogram) would say the city twice.
        String province = address.province() == null || address.province().equalsIgnoreCase(address.city()) ? null
                : address.province();
        String region = Stream.of(province, Countries.name(address.country(), Locale.ENGLISH)).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        if (!city.isBlank()) {
            lines.add(new Div(city));
        }
        if (!region.isBlank()) {
            lines.add(new Div(region));
        }
        return lines;
    }

    /** A contact person with {@code mailto:} and {@code tel:} links. */
    static Div contact(ContactPerson person) {
        var contact = new Div();
        contact.addClassName("contact");
        var name = new Span(person.name());
        name.addClassName("contact-name");
        contact.add(name);
        if (person.title() != null) {
            var title = new Span(person.title());
            title.addClassName("contact-title");
            contact.add(title);
        }
        if (person.email() != null && !person.email().isBlank()) {
            var mail = new Anchor("mailto:" + person.email().strip(), person.email().strip());
            mail.addClassName("contact-email");
            contact.add(mail);
        }
        if (person.phone() != null && !person.phone().isBlank()) {
            var phone = new Anchor("tel:" + person.phone().replaceAll("[^0-9+]", ""), person.phone());
            phone.addClassName("contact-phone");
            contact.add(phone);
        }
        return contact;
    }

    /** Why the workflow of an aborted create could not start; a missing part shows as a dash. */
    static Div workflowError(WorkflowError error) {
        var panel = section(Texts.t("assessment.detailParts.workflowCouldNotStart"), "workflow-error",
                facts(fact(Texts.t("assessment.detailParts.message"), error.message()),
                fact(Texts.t("assessment.detailParts.details"), error.details()),
                        fact(Texts.t("assessment.detailParts.step"), error.step()),
                        fact(Texts.t("assessment.detailParts.type"), error.type())));
        panel.addClassName("workflow-error-panel");
        return panel;
    }

    static Div section(String title, String id, Component... content) {
        var heading = new com.vaadin.flow.component.html.H3(title);
        heading.addClassName("section-title");
        var section = new Div(heading);
        section.add(content);
        section.addClassName("detail-section");
        section.setId(id);
        return section;
    }
}
