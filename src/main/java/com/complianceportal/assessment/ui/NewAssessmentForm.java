package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.base.ui.Countries;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The entity and template pickers, both required; the entity list is filtered and paged on the server. */
class NewAssessmentForm extends FormLayout {

    final ComboBox<EntityOption> entity = new ComboBox<>(Texts.t("assessment.newAssessmentForm.entity"));
    final RadioButtonGroup<AssessmentTemplate> template = new RadioButtonGroup<>(Texts.t("assessment.newAssessmentForm.template"));
    private final NewAssessmentValues values = new NewAssessmentValues();
    private final BeanValidationBinder<NewAssessmentValues> binder = new BeanValidationBinder<>(
            NewAssessmentValues.class);

    private final AssessmentCreationService service;

    NewAssessmentForm(AssessmentCreationService service) {
        this.service = service;
        addClassName("new-assessment-form");
        entity.setId("entity-picker");
        entity.setPlaceholder(Texts.t("assessment.newAssessmentForm.searchByNameType"));
        entity.setHelperText(Texts.t("assessment.newAssessmentForm.typeToSearchEvery"));
        entity.setItems(query -> service.entities(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream(), query -> service.countEntities(query.getFilter().orElse("")));
        entity.setItemLabelGenerator(EntityOption::name);
        entity.setRenderer(LitRenderer.<EntityOption>of("""
                <div class="entity-option"><span class="entity-name">${item.name}</span>
                <span class="entity-meta">${item.meta}</span></div>""")
                .withProperty("name", EntityOption::name).withProperty("meta", NewAssessmentForm::meta));
        entity.setClearButtonVisible(true);
        template.setId("template-picker");
        template.addClassName("template-picker");
        template.setItems(List.of());
        template.setItemLabelGenerator(AssessmentTemplate::name);
        template.setRenderer(new ComponentRenderer<>(NewAssessmentForm::templateCard));
        binder.forField(entity).asRequired(Texts.t("assessment.newAssessmentValues.chooseTheEntityTo")).bind("entity");
        binder.forField(template).asRequired(Texts.t("assessment.newAssessmentValues.chooseTheTemplateTo"))
                .bind("template");
        binder.setBean(values);
        add(entity, template);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** The request for the current input with {@code requestKey}, or empty (with messages shown) when it is invalid. */
    Optional<NewAssessmentRequest> request(UUID requestKey) {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new NewAssessmentRequest(Objects.requireNonNull(values.getEntity()).id(),
                Objects.requireNonNull(values.getTemplate()).id(), requestKey));
    }

    /** Runs {@code listener} whenever the chosen entity or template changes. */
    void addChoiceListener(Runnable listener) {
        entity.addValueChangeListener(change -> listener.run());
        template.addValueChangeListener(change -> listener.run());
    }

    boolean retiredTemplateChosen() {
        return template.getValue() != null && template.getValue().retired();
    }

    /** Reads the templates; a workflow system that cannot answer is reported to the caller, the list stays empty. */
    void loadTemplates() {
        template.setItems(service.templates());
    }

    String entityName() {
        return entity.getValue() == null ? "" : entity.getValue().name();
    }

    String templateName() {
        return template.getValue() == null ? "" : template.getValue().name();
    }

    /** Type, country and the organisation's own id, e.g. "Factory · China · E-500012". */
    static String meta(EntityOption option) {
        return Stream.of(option.type(), Countries.name(option.country(), Locale.ENGLISH), option.orgId())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    private static Div templateCard(AssessmentTemplate t) {
        var name = new Span(t.name());
        name.addClassName("template-name");
        if (t.retired()) {
            var retired = new Badge(Texts.t("assessment.newAssessmentForm.retired"));
            retired.addThemeVariants(BadgeVariant.SMALL, BadgeVariant.WARNING);
            retired.addClassName("template-retired");
            name = new Span(name, retired);
            name.addClassName("template-title");
        }
        var description = new Span(t.description() == null
                ? Texts.t("assessment.newAssessmentForm.noDescriptionGiven") : t.description());
        description.addClassName("template-description");
        var creates = new Span(creates(t));
        creates.addClassName("template-creates");
        var card = new Div(name, description, creates);
        card.addClassName("template-card");
        return card;
    }

    /** The type, standard and workflow a template creates; what the workflow system left out is "not given". */
    static String creates(AssessmentTemplate t) {
        return (t.assessmentType() == null ? Texts.t("assessment.newAssessmentForm.typeNotGiven")
                : t.assessmentType()) + " · "
                + (t.standard() == null ? Texts.t("assessment.newAssessmentForm.standardNotGiven") : t.standard()
                        .label()) + " · " + Texts.t("assessment.newAssessmentForm.workflow") + " "
                + (t.workflowName() == null ? Texts.t("assessment.newAssessmentForm.notGiven") : t.workflowName());
    }
}
