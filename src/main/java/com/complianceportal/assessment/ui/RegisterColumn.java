package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSort.Field;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The register's columns in the order they show: header, the sort behind it (if any), its width, and whether it shows
 * before the user chooses. The first four (id, organisation with country, status, due date) fit a 1440-pixel screen
 * beside the navigation; the id and the organisation stay in view while the others scroll.
 */
enum RegisterColumn {
    ASSESSMENT_ID("Assessment", Field.ASSESSMENT_ID, true, "9rem"),
    ORGANISATION("Assessed organisation", Field.ORGANISATION, true, "16rem"),
    STATUS("Status", Field.STATUS, true, "10rem"),
    DUE_DATE("Due", Field.DUE_DATE, true, "9.5rem"),
    FINDINGS("Findings", null, true, "9.5rem"),
    CAPA_STATUS("CAPA", Field.CAPA_STATUS, true, "8.5rem"),
    STANDARD("Standard", Field.STANDARD, true, "12.5rem"),
    RATING("Rating", Field.RATING, true, "9.5rem"),
    UPDATED("Updated", Field.UPDATED, true, "12rem"),
    CASE_ID("Case", Field.CASE_ID, false, "7rem"),
    TYPE("Type", Field.TYPE, false, "12rem"),
    SCORE("Score", Field.SCORE, false, "6.5rem"),
    COUNTRY("Country", Field.COUNTRY, false, "10rem"),
    CITY("City", null, false, "9rem"),
    REQUESTER("Requester", null, false, "14rem"),
    LEAD_EXECUTOR("Lead executor", null, false, "14rem"),
    CAPA_DUE("CAPA due", null, false, "8.5rem"),
    REASON("Reason", null, false, "12rem"),
    WORKFLOW("Workflow", null, false, "12rem");

    private final String header;
    private final @Nullable Field sortField;
    private final boolean visibleByDefault;
    private final String width;

    RegisterColumn(String header, @Nullable Field sortField, boolean visibleByDefault, String width) {
        this.header = header;
        this.sortField = sortField;
        this.visibleByDefault = visibleByDefault;
        this.width = width;
    }

    String header() {
        return header;
    }

    @Nullable Field sortField() {
        return sortField;
    }

    String width() {
        return width;
    }

    /** Kept in view while the other columns scroll sideways. */
    boolean frozen() {
        return this == ASSESSMENT_ID || this == ORGANISATION;
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static List<RegisterColumn> defaults() {
        return Arrays.stream(values()).filter(c -> c.visibleByDefault).toList();
    }
}
