package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The register's filter and sort as they live in the address bar, so that a copied link, a reload and
 * back/forward all reproduce the view. Parsing never fails: what it does not understand it ignores and names, with
 * the reason. Parameters are always written in the same order, so one view has one address.
 */
record RegisterQuery(AssessmentFilter filter, List<AssessmentSort> sort, List<String> ignored) {

    static final String PATH = "assessments";
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
    /** Every parameter the register understands, in the order the address lists them. */
    static final List<String> KEYS = List.of(TEXT, STATUS, TYPE, STANDARD, RATING, COUNTRY, CAPA_STATUS, DUE_FROM,
            DUE_TO, OVERDUE, SEVERITY, CAPA_OVERDUE, SORT);

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

    /** As {@link #parse(QueryParameters)}, without what {@code source} cannot do, named with that reason. */
    static RegisterQuery parse(QueryParameters parameters, SourceCapabilities source) {
        return parse(parameters).within(source);
    }

    /** This query without the filters and sort keys {@code source} cannot apply; each one dropped is named. */
    RegisterQuery within(SourceCapabilities source) {
        List<String> notes = new ArrayList<>(ignored);
        AssessmentFilter kept = filter;
        for (FilterKind kind : source.unsupportedIn(filter)) {
            notes.add(Texts.t("assessment.registerQuery.notAvailableFrom", Labels.label(kind), source.name()));
            kept = kind.clearIn(kept);
        }
        List<AssessmentSort> keys = new ArrayList<>();
        for (AssessmentSort key : sort) {
            if (!source.canSort(key.field())) {
                notes.add(Texts.t("assessment.registerQuery.sortByNotAvailable", key.field().key(), source.name()));
            } else if (keys.size() >= source.maxSortKeys()) {
                notes.add(Texts.t("assessment.registerQuery.sortBySortsBy", key.field().key(), source.name(),
                        source.maxSortKeys()));
            } else {
                keys.add(key);
            }
        }
        return new RegisterQuery(kept, keys, notes);
    }

    /** The parameters as name/value pairs, in the order of {@link #KEYS}. */
    List<String[]> pairs() {
        List<String[]> out = new ArrayList<>();
        put(out, TEXT, filter.text());
        filter.statuses().stream().sorted().forEach(status -> put(out, STATUS, status));
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
            put(out, SORT, sort.stream().map(s -> s.field().key() + (s.descending() ? ":desc" : ":asc"))
                    .collect(Collectors.joining(",")));
        }
        return out;
    }

    /** The address of this view, e.g. {@code assessments?q=bright&status=New&sort=dueDate:asc}. */
    String location() {
        String query = pairs().stream().map(p -> encode(p[0]) + "=" + encode(p[1])).collect(Collectors.joining("&"));
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }

    QueryParameters toParameters() {
        return QueryParameters.fromString(location().substring(PATH.length()).replaceFirst("^\\?", ""));
    }

    /** The address of the register showing this filter, for links from other pages. */
    static String link(AssessmentFilter filter) {
        return of(filter, List.of()).location();
    }

    private static void put(List<String[]> out, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            out.add(new String[] {key, value});
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":")
                .replace("%2C", ",");
    }
}
