package com.complianceportal.assessment.domain;

/** The kinds of register filter; a source says which of them it can apply. */
public enum FilterKind {
    TEXT("search"), STATUS("status"), TYPE("type"), STANDARD("standard"), RATING("rating"), COUNTRY("country"),
    CAPA_STATUS("CAPA status"), DUE_RANGE("due date range"), OVERDUE("overdue only"),
    FINDING_SEVERITY("findings by severity"), CAPA_OVERDUE("overdue CAPA");

    private final String label;

    FilterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Is this kind of filter set in {@code filter}? */
    public boolean isSetIn(AssessmentFilter filter) {
        return switch (this) {
            case TEXT -> filter.text() != null;
            case STATUS -> !filter.statuses().isEmpty();
            case TYPE -> filter.type() != null;
            case STANDARD -> filter.standard() != null;
            case RATING -> filter.rating() != null;
            case COUNTRY -> filter.country() != null;
            case CAPA_STATUS -> filter.capaStatus() != null;
            case DUE_RANGE -> filter.dueFrom() != null || filter.dueTo() != null;
            case OVERDUE -> filter.overdueOnly();
            case FINDING_SEVERITY -> filter.findingSeverity() != null;
            case CAPA_OVERDUE -> filter.capaOverdueOnly();
        };
    }

    /** {@code filter} without this kind of filter. */
    public AssessmentFilter clearIn(AssessmentFilter f) {
        return new AssessmentFilter(this == TEXT ? null : f.text(),
                this == STATUS ? java.util.Set.of() : f.statuses(), this == TYPE ? null : f.type(),
                this == STANDARD ? null : f.standard(), this == RATING ? null : f.rating(),
                this == COUNTRY ? null : f.country(), this == CAPA_STATUS ? null : f.capaStatus(),
                this == DUE_RANGE ? null : f.dueFrom(), this == DUE_RANGE ? null : f.dueTo(),
                this != OVERDUE && f.overdueOnly(), this == FINDING_SEVERITY ? null : f.findingSeverity(),
                this != CAPA_OVERDUE && f.capaOverdueOnly());
    }
}
