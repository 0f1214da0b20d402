package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.error.FailurePanel;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One assessment, opened by its assessment id ("100139-1") or its internal id. The header holds what users look for
 * first; below it the findings, CAPA plan, dates and custom fields, and beside them (below them on phones, one click
 * away) the stakeholder cards.
 */
@Route("assessments/:id")
@RolesAllowed(Roles.VIEWER)
public class AssessmentDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final AssessmentService service;
    private final Clock clock;
    private String title = Texts.t("assessment.assessmentDetailView.assessment");

    AssessmentDetailView(AssessmentService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("detail-view");
        setPadding(true);
    }

    /** The address parameters of an assessment: its internal id or, better, the assessment id users see. */
    static RouteParameters parameters(String id) {
        return new RouteParameters("id", id);
    }

    /**
     * The address parameters of a register row: by the assessment id users see ("100139-1"), or by the source's own id
     * when a vendor gave the row a visible id that cannot stand in an address; empty when neither can.
     */
    static Optional<RouteParameters> parameters(AssessmentSummary summary) {
        return Optional.ofNullable(addressId(summary)).map(AssessmentDetailView::parameters);
    }

    /** The id a register row's page opens by (see {@link #parameters(AssessmentSummary)}), or null when none can. */
    static @Nullable String addressId(AssessmentSummary summary) {
        return addressId(summary.assessmentId(), summary.id());
    }

    /** As {@link #addressId(AssessmentSummary)}, from the row's assessment id and the source's own id. */
    static @Nullable String addressId(@Nullable String assessmentId, @Nullable String id) {
        return Stream.of(assessmentId, id).filter(i -> i != null && ID.matcher(i).matches()).findFirst()
                .orElse(null);
    }

    /** The relative address of an assessment's page, such as {@code assessments/100139-1}. */
    static String path(String id) {
        return RouteConfiguration.forApplicationScope().getUrl(AssessmentDetailView.class, parameters(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        Optional<AssessmentDetail> detail;
        try {
            detail = ID.matcher(id).matches() ? service.find(id) : Optional.empty();
        } catch (SourceFailure failure) {
            removeAll();
            title = Texts.t("assessment.assessmentDetailView.assessment2", id);
            add(new RouterLink(Texts.t("assessment.back"), AssessmentsView.class), new FailurePanel(
                    Texts.t("assessment.assessmentDetailView.assessmentCouldNotBe", id), failure,
                            () -> UI.getCurrent().getPage().reload()));
            return;
        }
        if (detail.isEmpty()) {
            event.rerouteToError(NotFoundException.class,
                    Texts.t("assessment.assessmentDetailView.noAssessmentWithThis"));
            return;
        }
        removeAll();
        show(detail.get(), UserTime.current());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(AssessmentDetail detail, UserTime time) {
        AssessmentSummary s = detail.summary();
        title = Texts.t("assessment.assessmentDetailView.assessment3", s.assessmentId());
        var back = new RouterLink(Texts.t("assessment.back"), AssessmentsView.class);
        back.addClassName("back-link");
        var stakeholders = DetailParts.section(Texts.t("assessment.assessmentDetailView.stakeholders"),
                "stakeholder-section",
                new StakeholderCards(detail.stakeholders()));
        stakeholders.addClassName("detail-aside");
        add(back, new DetailHeader(detail, time, LocalDate.now(clock.withZone(ZoneOffset.UTC))), jumpTo(stakeholders));
        if (detail.workflowError() != null) {
            add(DetailParts.workflowError(detail.workflowError()));
        }
        add(DetailParts.facts(DetailParts.fact(Texts.t("assessment.assessmentDetailView.case"), s.caseId()),
                DetailParts.fact(Texts.t("assessment.assessmentDetailView.reason"), s.reason()),
                DetailParts.fact(Texts.t("assessment.assessmentDetailView.workflow"), s.workflowName()),
                        DetailParts.fact(Texts.t("assessment.assessmentDetailView.score"), s.score()),
                DetailParts.fact(Texts.t("assessment.assessmentDetailView.score2"), s.scorePercentage() == null ? null
                        : s.scorePercentage() + " %"),
                DetailParts.fact(Texts.t("assessment.assessmentDetailView.scheduling"), s.schedulingStatus())));
        if (detail.description() != null) {
            add(new Paragraph(detail.description()));
        }
        var main = new Div(DetailParts.section(Texts.t("assessment.assessmentDetailView.findings"), "findings",
                new FindingsPanel(s)),
                DetailParts.section("CAPA", "capa", new CapaPanel(detail.capa(), s.areasToImprove(), time)),
                DetailParts.section(Texts.t("assessment.assessmentDetailView.dates"), "dates",
                        new DatesTimeline(s.dates(), s.updatedAt(), time)),
                DetailParts.section(Texts.t("assessment.assessmentDetailView.customFields"), "custom-fields",
                        customFields(s.customFields())));
        main.addClassName("detail-grid");
        if (detail.overallComment() != null) {
            main.add(DetailParts.section(Texts.t("assessment.assessmentDetailView.overallComment"), "overall-comment",
                    new Paragraph(detail.overallComment())));
        }
        var body = new Div(main, stakeholders);
        body.addClassName("detail-body");
        add(body);
    }

    /** On narrow screens the cards come after everything else: this takes the user straight there. */
    private static Button jumpTo(Div stakeholders) {
        var jump = new Button(Texts.t("assessment.assessmentDetailView.stakeholdersAndContacts"),
                click -> stakeholders.scrollIntoView());
        jump.setId("jump-to-stakeholders");
        jump.addClassName("jump-to-stakeholders");
        jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return jump;
    }

    private static Div customFields(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return new Div(new Span(Texts.t("assessment.assessmentDetailView.none")));
        }
        var facts = new Div();
        facts.addClassName("facts");
        new TreeMap<>(fields).forEach((k, v) -> facts.add(DetailParts.fact(k, v)));
        return facts;
    }
}
