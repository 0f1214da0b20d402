package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.i18n.Texts;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The register's columns in the order they show: header, the sort behind it (if any), its width, and whether it shows
 * before the user chooses. The first four (id, organisation with country, status, due date) fit a 1440-pixel screen
 * beside the navigation; the id and the organisation stay in view while the others scroll.
 */
enum RegisterColumn {
    ASSESSMENT_ID("assessment.registerColumn.assessment", Field.ASSESSMENT_ID, true, "9rem"),
    ORGANISATION("assessment.registerColumn.assessedOrganisation", Field.ORGANISATION, true, "16rem"),
    STATUS("assessment.registerColumn.status", Field.STATUS, true, "10rem"),
    DUE_DATE("assessment.registerColumn.due", Field.DUE_DATE, true, "9.5rem"),
    FINDINGS("assessment.registerColumn.findings", null, true, "9.5rem"),
    CAPA_STATUS("assessment.registerColumn.capa", Field.CAPA_STATUS, true, "8.5rem"),
    STANDARD("assessment.registerColumn.standard", Field.STANDARD, true, "12.5rem"),
    RATING("assessment.registerColumn.rating", Field.RATING, true, "9.5rem"),
    UPDATED("assessment.registerColumn.updated", Field.UPDATED, true, "12rem"),
    CASE_ID("assessment.registerColumn.case", Field.CASE_ID, false, "7rem"),
    TYPE("assessment.registerColumn.type", Field.TYPE, false, "12rem"),
    SCORE("assessment.registerColumn.score", Field.SCORE, false, "6.5rem"),
    COUNTRY("assessment.registerColumn.country", Field.COUNTRY, false, "10rem"),
    CITY("assessment.registerColumn.city", null, false, "9rem"),
    REQUESTER("assessment.registerColumn.requester", null, false, "14rem"),
    LEAD_EXECUTOR("assessment.registerColumn.leadExecutor", null, false, "14rem"),
    CAPA_DUE("assessment.registerColumn.capaDue", null, false, "8.5rem"),
    REASON("assessment.registerColumn.reason", null, false, "12rem"),
    WORKFLOW("assessment.registerColumn.workflow", null, false, "12rem");

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

    /** The column's header in the current tab's language. */
    String header() {
        return Texts.t(header);
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
