package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's filter and sort as they live in the address bar, so that a copied link, a reload and
 * back/forward all reproduce the view. Parsing never fails: what it does not understand it ignores and names.
 */
record RegisterQuery(AssessmentFilter filter, List<AssessmentSort> sort, List<String> ignored) {

    static final String TEXT = "q";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String STANDARD = "standard";
    static final String RATING = "rating";
    static final String COUNTRY = "country";
    static final String CAPA_STATUS = "capa_status";
    static final String DUE_FROM = "due_from";
    static final String DUE_TO = "due_to";
    static final String OVERDUE = "overdue";
    static final String SEVERITY = "severity";
    static final String CAPA_OVERDUE = "capa_overdue";
    static final String SORT = "sort";

    RegisterQuery {
        sort = List.copyOf(sort);
        ignored = List.copyOf(ignored);
    }

    static RegisterQuery of(AssessmentFilter filter, List<AssessmentSort> sort) {
        return new RegisterQuery(filter, sort, List.of());
    }

    static RegisterQuery parse(QueryParameters parameters) {
        return new RegisterQueryParser(parameters.getParameters()).parse();
    }

    QueryParameters toParameters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, TEXT, filter.text());
        if (!filter.statuses().isEmpty()) {
            out.put(STATUS, filter.statuses().stream().sorted().toList());
        }
        put(out, TYPE, filter.type());
        put(out, STANDARD, filter.standard());
        put(out, RATING, filter.rating());
        put(out, COUNTRY, filter.country());
        put(out, CAPA_STATUS, filter.capaStatus());
        put(out, DUE_FROM, filter.dueFrom() == null ? null : filter.dueFrom().toString());
        put(out, DUE_TO, filter.dueTo() == null ? null : filter.dueTo().toString());
        put(out, OVERDUE, filter.overdueOnly() ? "true" : null);
        put(out, SEVERITY, filter.findingSeverity() == null ? null : filter.findingSeverity().label());
        put(out, CAPA_OVERDUE, filter.capaOverdueOnly() ? "true" : null);
        if (!sort.isEmpty()) {
            List<String> keys = new ArrayList<>();
            sort.forEach(s -> keys.add(s.field().key() + (s.descending() ? ":desc" : ":asc")));
            out.put(SORT, List.of(String.join(",", keys)));
        }
        return new QueryParameters(out);
    }

    /** The address of the register showing this filter, for links from other pages. */
    static String link(AssessmentFilter filter) {
        String query = of(filter, List.of()).toParameters().getQueryString();
        return query.isEmpty() ? "assessments" : "assessments?" + query;
    }

    private static void put(Map<String, List<String>> out, String key, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            out.put(key, List.of(value));
        }
    }
}
