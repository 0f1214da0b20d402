package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.CapaSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON of the documents in {@code assessment_document}: CAPA labels, areas to improve and custom fields. */
final class RegisterDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<CapaSummary.Label>> LABELS = new TypeReference<>() {
    };
    private static final TypeReference<List<CapaDetail.AreaToImprove>> AREAS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private RegisterDocuments() {
    }

    static @Nullable String write(@Nullable Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    static List<CapaSummary.Label> labels(@Nullable String json) {
        return json == null ? List.of() : JSON.readValue(json, LABELS);
    }

    static List<CapaDetail.AreaToImprove> areas(@Nullable String json) {
        return json == null ? List.of() : JSON.readValue(json, AREAS);
    }

    static Map<String, String> customFields(@Nullable String json) {
        return json == null ? Map.of() : JSON.readValue(json, FIELDS);
    }
}
