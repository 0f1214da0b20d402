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
    private static final TypeReference<List<StoredArea>> AREAS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private RegisterDocuments() {
    }

    /** An area to improve as stored: its completion date was once written as a moment, and is read either way. */
    private record StoredArea(String id, String title, @Nullable String category, @Nullable String description,
            boolean correctionRequired, @Nullable String recommendation, String status,
            @Nullable String personInCharge, @Nullable String completionDate) {

        CapaDetail.AreaToImprove area() {
            return new CapaDetail.AreaToImprove(id, title, category, description, correctionRequired, recommendation,
                    status, personInCharge, CalendarDates.parse(completionDate));
        }
    }

    static @Nullable String write(@Nullable Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    static List<CapaSummary.Label> labels(@Nullable String json) {
        return json == null ? List.of() : JSON.readValue(json, LABELS);
    }

    static List<CapaDetail.AreaToImprove> areas(@Nullable String json) {
        return json == null ? List.of() : JSON.readValue(json, AREAS).stream().map(StoredArea::area).toList();
    }

    static Map<String, String> customFields(@Nullable String json) {
        return json == null ? Map.of() : JSON.readValue(json, FIELDS);
    }
}
