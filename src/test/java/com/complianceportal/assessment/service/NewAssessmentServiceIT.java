package com.complianceportal.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.domain.WorkflowState;
import com.complianceportal.testsupport.EveningClock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Creates go into a database of their own, so that other tests keep the demo register as it was loaded. The clock
 * stands after the demo rows' times, so that a created assessment heads the register as it does in real use.
 */
@Import(EveningClock.Config.class)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portal-create-service;DB_CLOSE_DELAY=-1")
@RecordApplicationEvents
@WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
class NewAssessmentServiceIT {

    @Autowired
    AssessmentCreationService creation;
    @Autowired
    AssessmentService register;
    @Autowired
    ApplicationEvents events;

    /** Each test assesses its own entity, so that tests never meet in the open-assessment rule. */
    private EntityOption entity(int index) {
        return creation.entities("", index, 1).getFirst();
    }

    private AssessmentTemplate template(String name) {
        return creation.templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private CreationResult create(EntityOption entity, AssessmentTemplate template) {
        return creation.create(new NewAssessmentRequest(entity.id(), template.id(), UUID.randomUUID()));
    }

    private static CreatedAssessment created(CreationResult result) {
        assertThat(result).isInstanceOf(CreationResult.Created.class);
        return ((CreationResult.Created) result).assessment();
    }

    @Test
    void a_create_starts_the_workflow_and_puts_a_new_assessment_at_the_top_of_the_register() {
        EntityOption entity = entity(0);
        AssessmentTemplate template = template("Environmental Audit 6.1 – Verification");
        long before = register.count(AssessmentFilter.NONE);

        CreatedAssessment created = created(create(entity, template));

        assertThat(created.workflowState()).isEqualTo(WorkflowState.ACTIVE);
        assertThat(created.error()).isNull();
        assertThat(created.statusName()).isEqualTo("New");
        assertThat(created.outcomeName()).isEqualTo("Pending");
        assertThat(created.entityId()).isEqualTo(entity.id().toString());
        assertThat(created.templateId()).isEqualTo(template.id().toString());
        assertThat(created.institutionId()).isNotBlank();
        assertThat(UUID.fromString(created.workflowInstanceId())).isNotNull();
        assertThat(created.repeated()).isFalse();
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before + 1);
        AssessmentSummary first = register.search(AssessmentFilter.NONE, List.of(), 0, 1).rows().getFirst();
        assertThat(first.id()).isEqualTo(created.id());
        assertThat(first.assessmentId()).isEqualTo(created.assessmentId()).endsWith("-1");
        assertThat(first.status()).isEqualTo("New");
        assertThat(first.type()).isEqualTo("Verification Assessment");
        assertThat(first.standard().label()).isEqualTo("Environmental Audit 6.1");
        assertThat(first.stakeholders().assessedOrg().name()).isEqualTo(entity.name());
        assertThat(first.stakeholders().leadExecutorName()).isEqualTo("To be assigned");
        AssessmentDetail detail = register.find(created.id()).orElseThrow();
        assertThat(detail.description()).contains(template.name());
        assertThat(detail.workflowError()).as("a running workflow has no error").isNull();
        assertThat(detail.stakeholders().executors()).singleElement().satisfies(lead -> {
            assertThat(lead.party().organisation().name()).isEqualTo("To be assigned");
            assertThat(lead.lead()).isTrue();
            assertThat(lead.placeholder()).isTrue();
            assertThat(lead.ableToSubmit()).isFalse();
        });
        assertThat(first.stakeholders().executors()).extracting(o -> o.name()).containsExactly("To be assigned");
        assertThat(events.stream(RegisterChanged.class)).containsExactly(RegisterChanged.created(created.id()));
    }

    @Test
    void an_unknown_entity_is_named_and_nothing_is_created() {
        long before = register.count(AssessmentFilter.NONE);
        UUID unknown = UUID.randomUUID();

        CreationResult result = creation.create(new NewAssessmentRequest(unknown,
                template("Environmental Audit 6.1 – Verification").id(), UUID.randomUUID()));

        assertThat(result).isEqualTo(new CreationResult.EntityNotFound(unknown));
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before);
        assertThat(events.stream(RegisterChanged.class)).isEmpty();
    }

    @Test
    void an_unknown_template_is_named_and_nothing_is_created() {
        long before = register.count(AssessmentFilter.NONE);
        UUID unknown = UUID.randomUUID();

        CreationResult result = creation.create(new NewAssessmentRequest(entity(1).id(), unknown, UUID.randomUUID()));

        assertThat(result).isEqualTo(new CreationResult.TemplateNotFound(unknown));
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before);
    }

    @Test
    void a_second_assessment_of_the_same_type_for_the_entity_is_refused_with_the_open_one() {
        EntityOption entity = entity(2);
        CreatedAssessment first = created(create(entity, template("Supplier Self-Assessment 3.0 – Self")));
        long before = register.count(AssessmentFilter.NONE);

        CreationResult second = create(entity, template("Supplier Self-Assessment 3.0 – Self"));

        assertThat(second).isEqualTo(new CreationResult.OpenAssessmentExists(first.id(), first.assessmentId(), "New"));
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before);
        assertThat(created(create(entity, template("Factory Information 2.3 – Self"))).workflowState())
                .as("another type for the same entity is fine").isEqualTo(WorkflowState.ACTIVE);
        assertThat(register.find(first.id()).orElseThrow().stakeholders().executors())
                .as("a self-assessment is executed by the site itself").singleElement()
                .satisfies(e -> assertThat(e.placeholder()).isFalse())
                .satisfies(e -> assertThat(e.party().organisation().name()).isEqualTo(entity.name()));
    }

    @Test
    void a_retired_template_creates_the_assessment_but_its_workflow_ends_in_error() {
        CreatedAssessment created = created(create(entity(3), template("Legacy questionnaire (retired)")));

        assertThat(created.workflowState()).isEqualTo(WorkflowState.ERROR);
        assertThat(created.error()).isNotNull();
        assertThat(created.error().message()).contains("Legacy Questionnaire");
        assertThat(created.error().details()).contains("retired");
        assertThat(created.error().step()).isEqualTo("Start workflow");
        assertThat(created.error().type()).isEqualTo("WorkflowDefinitionNotPublished");
        assertThat(created.statusName()).isEqualTo("Aborted");
        assertThat(created.outcomeName()).isEqualTo("Not assessed");
        assertThat(register.find(created.assessmentId()).orElseThrow().workflowError())
                .as("the detail keeps the error").isEqualTo(created.error());
        assertThat(created(create(entity(3), template("Legacy questionnaire (retired)"))).workflowState())
                .as("an aborted assessment does not block the next attempt").isEqualTo(WorkflowState.ERROR);
    }

    @Test
    void the_same_form_submitted_twice_creates_one_assessment_and_answers_both_times_with_it() {
        var request = new NewAssessmentRequest(entity(4).id(),
                template("Health and Safety Audit 5.2 – Verification").id(), UUID.randomUUID());
        long before = register.count(AssessmentFilter.NONE);

        CreatedAssessment first = created(creation.create(request));
        CreatedAssessment again = created(creation.create(request));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.repeated()).isTrue();
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before + 1);
        assertThat(events.stream(RegisterChanged.class)).hasSize(1);
    }

    @Test
    void two_submits_of_one_form_at_the_same_moment_still_create_one_assessment() throws Exception {
        var request = new NewAssessmentRequest(entity(5).id(),
                template("Chemical Management 1.2 – Desk review").id(), UUID.randomUUID());
        long before = register.count(AssessmentFilter.NONE);
        CountDownLatch start = new CountDownLatch(1);
        Callable<CreationResult> submit = () -> {
            start.await();
            return creation.create(request);
        };
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2),
                SecurityContextHolder.getContext());
        try {
            Future<CreationResult> one = pool.submit(submit);
            Future<CreationResult> two = pool.submit(submit);
            start.countDown();
            assertThat(created(one.get()).id()).isEqualTo(created(two.get()).id());
        } finally {
            pool.shutdownNow();
        }
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before + 1);
    }

    @Test
    void the_description_of_an_entity_whose_name_ends_in_an_abbreviation_ends_with_one_full_stop() {
        EntityOption abbreviated = creation.entities("", 7, 100).stream().filter(e -> e.name().endsWith("."))
                .findFirst().orElseThrow();

        CreatedAssessment created = created(create(abbreviated, template("Factory Information 2.3 – Self")));

        String description = register.find(created.id()).orElseThrow().description();
        assertThat(description).endsWith(abbreviated.name()).doesNotContain("..");
    }

    @Test
    void the_entity_picker_filters_by_name_type_country_and_organisation_id_on_the_server() {
        EntityOption some = entity(6);
        assertThat(creation.entities(some.name().substring(0, 8).toUpperCase(), 0, 100)).contains(some);
        assertThat(some.orgId()).startsWith("E-");
        assertThat(creation.entities(some.orgId().toLowerCase(), 0, 100)).containsExactly(some);
        assertThat(creation.entities(some.id().toString().substring(0, 13), 0, 100))
                .as("the internal id is not what users search for").isEmpty();
        assertThat(creation.entities(some.type(), 0, 100)).contains(some);
        String country = java.util.Locale.of("", some.country()).getDisplayCountry(java.util.Locale.ENGLISH);
        assertThat(creation.entities(country, 0, 100)).contains(some)
                .allSatisfy(e -> assertThat(e.country()).isEqualTo(some.country()));
        assertThat(creation.countEntities("")).isEqualTo(40);
        assertThat(creation.entities("", 0, 15)).hasSize(15);
        assertThat(creation.entities("%", 0, 100)).isEmpty();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_may_neither_create_nor_open_the_pickers() {
        var request = new NewAssessmentRequest(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> creation.create(request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> creation.templates()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> creation.entities("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
