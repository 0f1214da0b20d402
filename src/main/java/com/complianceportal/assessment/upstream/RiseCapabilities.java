package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.assessment.domain.FilterOptions.Choices;
import com.complianceportal.assessment.domain.SourceCapabilities;
import java.util.EnumSet;
import java.util.List;

/**
 * What Rise's search can do: order by one of seven fields, and filter by everything the register offers except
 * findings by severity and overdue CAPAs (Rise has neither filter). It cannot list the standards, ratings or countries
 * its data holds, so those are typed (countries with the ISO codes as suggestions).
 */
final class RiseCapabilities {

    static final String NAME = "Inspectorio Rise";

    private RiseCapabilities() {
    }

    static SourceCapabilities of(long maxExportRows) {
        return new SourceCapabilities(NAME,
                EnumSet.of(Field.UPDATED, Field.DUE_DATE, Field.STATUS, Field.TYPE, Field.ASSESSMENT_ID, Field.RATING,
                        Field.SCORE),
                1,
                EnumSet.of(FilterKind.TEXT, FilterKind.STATUS, FilterKind.TYPE, FilterKind.STANDARD, FilterKind.RATING,
                        FilterKind.COUNTRY, FilterKind.CAPA_STATUS, FilterKind.DUE_RANGE, FilterKind.OVERDUE),
                new FilterOptions(Choices.of(AssessmentVocabulary.TYPES), Choices.typed(List.of()),
                        Choices.typed(List.of()), Choices.typed(RiseCountries.CODES),
                        Choices.of(AssessmentVocabulary.CAPA_STATUSES)),
                maxExportRows);
    }
}
