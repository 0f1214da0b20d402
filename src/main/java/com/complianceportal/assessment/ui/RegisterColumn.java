package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSort.Field;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The register's columns: header, the sort behind it (if any), and whether it shows before the user chooses. */
enum RegisterColumn {
    ASSESSMENT_ID("Assessment", Field.ASSESSMENT_ID, true),
    CASE_ID("Case", Field.CASE_ID, false),
    STATUS("Status", Field.STATUS, true),
    TYPE("Type", Field.TYPE, true),
    STANDARD("Standard", Field.STANDARD, true),
    RATING("Rating", Field.RATING, true),
    SCORE("Score", Field.SCORE, true),
    FINDINGS("Findings", null, true),
    ORGANISATION("Assessed organisation", Field.ORGANISATION, true),
    COUNTRY("Country", Field.COUNTRY, true),
    CITY("City", null, false),
    REQUESTER("Requester", null, false),
    LEAD_EXECUTOR("Lead executor", null, false),
    DUE_DATE("Due", Field.DUE_DATE, true),
    CAPA_STATUS("CAPA", Field.CAPA_STATUS, true),
    CAPA_DUE("CAPA due", null, false),
    REASON("Reason", null, false),
    WORKFLOW("Workflow", null, false),
    UPDATED("Updated", Field.UPDATED, true);

    private final String header;
    private final @Nullable Field sortField;
    private final boolean visibleByDefault;

    RegisterColumn(String header, @Nullable Field sortField, boolean visibleByDefault) {
        this.header = header;
        this.sortField = sortField;
        this.visibleByDefault = visibleByDefault;
    }

    String header() {
        return header;
    }

    @Nullable Field sortField() {
        return sortField;
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static List<RegisterColumn> defaults() {
        return Arrays.stream(values()).filter(c -> c.visibleByDefault).toList();
    }
}
