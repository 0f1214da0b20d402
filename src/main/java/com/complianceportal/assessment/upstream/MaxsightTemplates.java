package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.Standard;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maxsight's templates (GET /v5/assessments/templates, body not documented): what the picker shows of each, with
 * what the answer leaves out as null ("not given") and its unknown fields ignored. Retired templates come last.
 */
final class MaxsightTemplates {

    private static final Set<String> RETIRED_STATES = Set.of("retired", "archived", "inactive", "deprecated",
            "withdrawn", "disabled");

    private MaxsightTemplates() {
    }

    static List<AssessmentTemplate> read(JsonNode answer) {
        return Json.wrappedList(answer, MaxsightTemplates::template).stream()
                .sorted(Comparator.comparing(AssessmentTemplate::retired)).toList();
    }

    static @Nullable AssessmentTemplate template(JsonNode t) {
        UUID id = Fields.uuid(Fields.text(t, "id", "template_id", "templateId", "uuid"));
        if (id == null) {
            return null;
        }
        String name = Fields.text(t, "name", "template_name", "templateName", "title", "display_name", "displayName");
        String standardName = Fields.text(t, "standard_name", "standardName", "standard.name", "standard.title",
                "standard");
        String standardVersion = Fields.text(t, "standard_version", "standardVersion", "standard.version");
        return new AssessmentTemplate(id, name == null ? "Unnamed template" : name,
                Fields.text(t, "description", "summary", "details"),
                Fields.text(t, "assessment_type", "assessmentType", "type", "assessment_type.name", "type.name",
                        "assessmentType.name", "category"),
                standardName == null ? null : new Standard(standardName, standardVersion),
                Fields.text(t, "workflow_name", "workflowName", "workflow.name", "workflow", "workflow_definition.name"),
                retired(t));
    }

    /** Retired, archived or deprecated by a flag, not active, or in such a state. */
    private static boolean retired(JsonNode t) {
        String state = Fields.text(t, "status", "state", "lifecycle_status", "status.name");
        return Fields.yes(t, "retired", "is_retired", "isRetired", "archived", "is_archived", "isArchived",
                "deprecated", "is_deprecated", "withdrawn")
                || Fields.no(t, "active", "is_active", "isActive", "enabled", "published", "is_published")
                || state != null && RETIRED_STATES.contains(state.toLowerCase(Locale.ROOT));
    }
}
