package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.assessment.domain.FilterOptions.Choices;
import com.complianceportal.assessment.domain.SourceCapabilities;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * What Rise's search can do: order by one of seven fields, and filter by everything the register offers except
 * findings by severity and overdue CAPAs (Rise has neither filter). It cannot list the standards, ratings or countries
 * its data holds, so those are typed (countries with the ISO codes as suggestions).
 */
final class RiseCapabilities {

    static final String NAME = "Inspectorio Rise";
    /** The columns Rise orders by, with the names its {@code order} takes. */
    private static final Map<Field, String> ORDER_FIELDS = Map.of(Field.UPDATED, "updated_date", Field.DUE_DATE,
            "due_date", Field.STATUS, "status", Field.TYPE, "assessment_type", Field.ASSESSMENT_ID, "assessmentId",
            Field.RATING, "rating", Field.SCORE, "score");

    private RiseCapabilities() {
    }

    static SourceCapabilities of(long maxExportRows) {
        return new SourceCapabilities(NAME, ORDER_FIELDS.keySet(), 1,
                EnumSet.of(FilterKind.TEXT, FilterKind.STATUS, FilterKind.TYPE, FilterKind.STANDARD, FilterKind.RATING,
                        FilterKind.COUNTRY, FilterKind.CAPA_STATUS, FilterKind.DUE_RANGE, FilterKind.OVERDUE),
                new FilterOptions(Choices.of(AssessmentVocabulary.TYPES), Choices.typed(List.of()),
                        Choices.typed(List.of()), Choices.typed(RiseCountries.CODES),
                        Choices.of(AssessmentVocabulary.CAPA_STATUSES)),
                maxExportRows);
    }

    /** {@code field:asc} or {@code field:desc}, as Rise's {@code order} takes it; one key, Rise takes no more. */
    static String order(AssessmentSort sort) {
        String field = ORDER_FIELDS.get(sort.field());
        if (field == null) {
            throw new IllegalArgumentException(NAME + " cannot sort by " + sort.field());
        }
        return field + (sort.descending() ? ":desc" : ":asc");
    }
}
