package com.complianceportal.assessment.domain;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the register is narrowed to; empty values mean "any".
 * <ul>
 * <li>{@code text}: part of the assessment id, case id or an organisation name (assessed org, requester).</li>
 * <li>{@code dueFrom}/{@code dueTo}: inclusive calendar dates of the assessment due date (UTC).</li>
 * <li>{@code overdueOnly}: due before today and open ({@link AssessmentVocabulary#OPEN_STATUSES}).</li>
 * <li>{@code findingSeverity}: has at least one finding of that severity.</li>
 * <li>{@code capaOverdueOnly}: CAPA due before today and CAPA not closed, approved or cancelled.</li>
 * </ul>
 */
public record AssessmentFilter(
        @Nullable String text,
        Set<String> statuses,
        @Nullable String type,
        @Nullable String standard,
        @Nullable String rating,
        @Nullable String country,
        @Nullable String capaStatus,
        @Nullable LocalDate dueFrom,
        @Nullable LocalDate dueTo,
        boolean overdueOnly,
        @Nullable Severity findingSeverity,
        boolean capaOverdueOnly) {

    public static final AssessmentFilter NONE = new AssessmentFilter(null, Set.of(), null, null, null, null, null, null,
            null, false, null, false);

    public AssessmentFilter {
        statuses = Set.copyOf(statuses);
        text = blankToNull(text);
        type = blankToNull(type);
        standard = blankToNull(standard);
        rating = blankToNull(rating);
        country = blankToNull(country);
        capaStatus = blankToNull(capaStatus);
    }

    public static AssessmentFilter status(String status) {
        return NONE.withStatuses(Set.of(status));
    }

    public static AssessmentFilter dueBetween(LocalDate from, LocalDate to) {
        return new AssessmentFilter(null, Set.of(), null, null, null, null, null, from, to, false, null, false);
    }

    public static AssessmentFilter withFindings(Severity severity) {
        return new AssessmentFilter(null, Set.of(), null, null, null, null, null, null, null, false, severity, false);
    }

    /** Open assessments whose due date has passed. */
    public static AssessmentFilter overdue() {
        return new AssessmentFilter(null, Set.of(), null, null, null, null, null, null, null, true, null, false);
    }

    public static AssessmentFilter overdueCapas() {
        return new AssessmentFilter(null, Set.of(), null, null, null, null, null, null, null, false, null, true);
    }

    public AssessmentFilter withStatuses(Set<String> value) {
        return new AssessmentFilter(text, value, type, standard, rating, country, capaStatus, dueFrom, dueTo,
                overdueOnly, findingSeverity, capaOverdueOnly);
    }

    public AssessmentFilter withText(@Nullable String value) {
        return new AssessmentFilter(value, statuses, type, standard, rating, country, capaStatus, dueFrom, dueTo,
                overdueOnly, findingSeverity, capaOverdueOnly);
    }

    public AssessmentFilter withCountry(@Nullable String value) {
        return new AssessmentFilter(text, statuses, type, standard, rating, value, capaStatus, dueFrom, dueTo,
                overdueOnly, findingSeverity, capaOverdueOnly);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
