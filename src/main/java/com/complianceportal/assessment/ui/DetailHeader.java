package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.base.ui.Countries;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The top of the detail page: id, status and rating, what is assessed against what, and the facts users look for
 * first (the assessed organisation, the due date, the lead executor) with their contacts one click away.
 */
final class DetailHeader extends Div {

    DetailHeader(AssessmentDetail detail, UserTime time, LocalDate today) {
        AssessmentSummary s = detail.summary();
        addClassName("detail-top");
        var heading = new H2(s.assessmentId());
        heading.setId("detail-heading");
        var badges = new Div(DetailParts.badge(s.status(), Badges.statusTheme(s.status())));
        if (s.rating() != null) {
            badges.add(DetailParts.badge(s.rating(), Badges.ratingTheme(s.rating())));
        }
        badges.addClassName("badges");
        var title = new Div(heading, badges);
        title.addClassName("detail-header");
        var subject = new Span(s.type() + " · " + s.standard().label());
        subject.addClassName("detail-subject");
        var keyFacts = new Div(assessed(detail.stakeholders().assessedOrg()), due(s, time, today),
                lead(detail.stakeholders(), s));
        keyFacts.addClassName("detail-keyfacts");
        keyFacts.setId("key-facts");
        add(title, subject, keyFacts);
    }

    private static Div assessed(Party party) {
        var address = party.address();
        String where = Stream.of(party.organisation().orgId(), Stream.of(address.city(),
                Countries.name(address.country(), Locale.ENGLISH)).filter(Objects::nonNull)
                        .collect(Collectors.joining(", ")))
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" · "));
        return keyFact("keyfact-assessed", Texts.t("assessment.detailHeader.assessedOrganisation"),
                text(party.organisation().displayName()),
                meta(where), ContactsPopover.of("assessed-contacts", party));
    }

    private static Div due(AssessmentSummary s, UserTime time, LocalDate today) {
        LocalDate due = s.dates().due();
        var value = new Div(text(due == null ? Texts.t("assessment.detailHeader.notSet") : time.date(due)));
        value.addClassName("keyfact-line");
        if (AssessmentVocabulary.isOverdue(s.status(), due, today)) {
            var overdue = DetailParts.badge(Texts.t("assessment.detailHeader.overdue"), "error");
            overdue.setId("overdue-marker");
            value.add(overdue);
        }
        return keyFact("keyfact-due", Texts.t("assessment.detailHeader.due"), value);
    }

    private static Div lead(StakeholderDetails stakeholders, AssessmentSummary s) {
        Optional<StakeholderDetails.Executor> lead = stakeholders.executors().stream()
                .filter(StakeholderDetails.Executor::lead).findFirst();
        if (lead.isEmpty()) {
            String name = s.stakeholders().leadExecutorName();
            return keyFact("keyfact-lead", Texts.t("assessment.detailHeader.leadExecutor"), text(name == null
                    ? Texts.t("assessment.detailHeader.notAssigned") : name));
        }
        Party party = lead.get().party();
        var name = new Div(text(party.organisation().displayName()));
        name.addClassName("keyfact-line");
        if (lead.get().placeholder()) {
            name.add(DetailParts.badge(Texts.t("assessment.detailHeader.placeholder"), "warning"));
        }
        return keyFact("keyfact-lead", Texts.t("assessment.detailHeader.leadExecutor2"), name, meta(String.join(", ",
                lead.get().assignedRoles())),
                ContactsPopover.of("lead-contacts", party));
    }

    private static Div keyFact(String id, String label, @Nullable Component... content) {
        var term = new Span(label);
        term.addClassName("keyfact-label");
        var fact = new Div(term);
        Stream.of(content).filter(Objects::nonNull).forEach(fact::add);
        fact.addClassName("keyfact");
        fact.setId(id);
        return fact;
    }

    private static Span text(String value) {
        var span = new Span(value);
        span.addClassName("keyfact-value");
        return span;
    }

    private static @Nullable Component meta(String value) {
        if (value.isBlank()) {
            return null;
        }
        var span = new Span(value);
        span.addClassName("keyfact-meta");
        return span;
    }
}
