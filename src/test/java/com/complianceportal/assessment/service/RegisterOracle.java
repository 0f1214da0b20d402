package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** What the register filters and sorts mean, written independently of SQL: the tests' reference. */
public final class RegisterOracle {

    private static final List<String> CAPA_DONE = List.of("Closed", "Approved", "Assessment Canceled");

    private RegisterOracle() {
    }

    public static boolean matches(AssessmentSummary s, AssessmentFilter f, LocalDate today) {
        LocalDate due = s.dates().due();
        LocalDate capaDue = s.capa() == null ? null : s.capa().dueDate();
        return text(s, f.text())
                && (f.statuses().isEmpty() || f.statuses().contains(s.status()))
                && (f.type() == null || f.type().equals(s.type()))
                && (f.standard() == null || f.standard().equals(s.standard().name()))
                && (f.rating() == null || f.rating().equals(s.rating()))
                && (f.country() == null || f.country().equals(s.stakeholders().assessedAddress().country()))
                && (f.capaStatus() == null || s.capa() != null && f.capaStatus().equals(s.capa().status()))
                && (f.dueFrom() == null || due != null && !due.isBefore(f.dueFrom()))
                && (f.dueTo() == null || due != null && !due.isAfter(f.dueTo()))
                && (!f.overdueOnly() || due != null && due.isBefore(today)
                        && List.of("New", "In Progress").contains(s.status()))
                && (f.findingSeverity() == null || s.findings().stream()
                        .anyMatch(c -> c.severity() == f.findingSeverity() && c.count() > 0))
                && (!f.capaOverdueOnly() || capaDue != null && capaDue.isBefore(today)
                        && !CAPA_DONE.contains(s.capa().status()));
    }

    private static boolean text(AssessmentSummary s, String text) {
        if (text == null) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean idShaped = text.matches("[0-9][0-9-]{0,31}");
        return idShaped && (s.assessmentId().startsWith(text) || s.caseId().startsWith(text))
                || contains(s.stakeholders().assessedOrg(), lower) || contains(s.stakeholders().requester(), lower);
    }

    private static boolean contains(Organisation org, String lower) {
        return org != null && org.name() != null && org.name().toLowerCase(Locale.ROOT).contains(lower);
    }

    /** Orders two rows by one sort key, where both have a value (the database decides where empty values go). */
    static Function<AssessmentSummary, Comparable<?>> key(AssessmentSort.Field field) {
        return switch (field) {
            case ASSESSMENT_ID -> AssessmentSummary::assessmentId;
            case CASE_ID -> AssessmentSummary::caseId;
            case STATUS -> AssessmentSummary::status;
            case TYPE -> AssessmentSummary::type;
            case STANDARD -> s -> s.standard().name();
            case RATING -> AssessmentSummary::rating;
            case SCORE -> AssessmentSummary::scorePercentage;
            case ORGANISATION -> s -> s.stakeholders().assessedOrg().displayName();
            case COUNTRY -> s -> s.stakeholders().assessedAddress().country();
            case DUE_DATE -> s -> s.dates().due();
            case CAPA_STATUS -> s -> s.capa() == null ? null : s.capa().status();
            case UPDATED -> s -> s.updatedAt().toInstant();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(AssessmentSummary a, AssessmentSummary b, AssessmentSort sort) {
        Comparable x = key(sort.field()).apply(a);
        Comparable y = key(sort.field()).apply(b);
        if (x == null || y == null) {
            return 0;
        }
        int c = x.compareTo(y);
        return sort.descending() ? -c : c;
    }

    /** True if {@code rows} respect the sort keys in order, ignoring pairs where a key is empty. */
    static boolean ordered(List<AssessmentSummary> rows, List<AssessmentSort> sort) {
        for (int i = 1; i < rows.size(); i++) {
            AssessmentSummary a = rows.get(i - 1);
            AssessmentSummary b = rows.get(i);
            for (AssessmentSort key : sort) {
                Object x = key(key.field()).apply(a);
                Object y = key(key.field()).apply(b);
                if (x == null || y == null) {
                    break;
                }
                int c = compare(a, b, key);
                if (c > 0) {
                    return false;
                }
                if (c < 0) {
                    break;
                }
            }
        }
        return true;
    }

}
