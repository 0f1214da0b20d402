package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The register's filter and sort in Rise's words (V1AssessmentSearchRequest), without the page: {@link #page} adds
 * {@code limit} and {@code offset}. A filter that can match nothing (overdue, but no open status chosen) has no query.
 */
record RiseQuery(Map<String, Object> fields) {

    RiseQuery {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** {@code today} is the UTC day that "overdue" is reckoned from. */
    static Optional<RiseQuery> of(AssessmentFilter filter, List<AssessmentSort> sort, LocalDate today) {
        Set<String> statuses = filter.statuses();
        LocalDate dueTo = filter.dueTo();
        if (filter.overdueOnly()) {
            // Overdue = open and due before today; Rise has no such flag, so say it with statuses and a due range.
            statuses = statuses.isEmpty() ? Set.copyOf(AssessmentVocabulary.OPEN_STATUSES) : statuses.stream()
                    .filter(AssessmentVocabulary::isOpen).collect(Collectors.toSet());
            LocalDate yesterday = today.minusDays(1);
            dueTo = dueTo == null || dueTo.isAfter(yesterday) ? yesterday : dueTo;
        }
        if (statuses.isEmpty() && filter.overdueOnly()
                || filter.dueFrom() != null && dueTo != null && filter.dueFrom().isAfter(dueTo)) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "search", filter.text());
        put(body, "assessment_status", statuses.isEmpty() ? null : statuses.stream()
                .sorted(Comparator.comparingInt(RiseQuery::vocabularyOrder).thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining(",")));
        put(body, "assessment_type", filter.type());
        put(body, "standard_name", filter.standard());
        put(body, "rating_labels", filter.rating());
        put(body, "country", filter.country() == null ? null : RiseCountries.code(filter.country()));
        put(body, "capa_status", filter.capaStatus());
        put(body, "due_date_from", filter.dueFrom() == null ? null : filter.dueFrom().toString());
        put(body, "due_date_to", dueTo == null ? null : dueTo.toString());
        body.put("order", RiseCapabilities.order(sort.isEmpty() ? AssessmentSort.DEFAULT : sort.getFirst()));
        return Optional.of(new RiseQuery(body));
    }

    /** The request body for one page; Rise wants a limit of 1 to 100. */
    Map<String, Object> page(long offset, int limit) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("limit", Math.clamp(limit, 1, RiseApi.MAX_LIMIT));
        body.put("offset", offset);
        return body;
    }

    /** The search of one case by its number, to find an assessment by the id users see ("100139-1"). */
    static Map<String, Object> ofCase(long caseId) {
        return new RiseQuery(Map.of("case_id", caseId, "order", "assessmentId:asc")).page(0, RiseApi.MAX_LIMIT);
    }

    /** The free-text search for an assessment id, where the case number alone found nothing. */
    static Map<String, Object> ofText(String text) {
        return new RiseQuery(Map.of("search", text, "order", "assessmentId:asc")).page(0, RiseApi.MAX_LIMIT);
    }

    private static int vocabularyOrder(String status) {
        int index = AssessmentVocabulary.STATUSES.indexOf(status);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static void put(Map<String, Object> body, String field, @Nullable String value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
