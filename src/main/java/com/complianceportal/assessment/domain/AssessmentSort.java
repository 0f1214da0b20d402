package com.complianceportal.assessment.domain;

/** One key of a (multi-column) register sort. */
public record AssessmentSort(Field field, boolean descending) {

    /** The columns the register can be sorted by; each has an index behind it. */
    public enum Field {
        ASSESSMENT_ID("assessmentId"), CASE_ID("caseId"), STATUS("status"), TYPE("type"), STANDARD("standard"),
        RATING("rating"), SCORE("score"), ORGANISATION("organisation"), COUNTRY("country"), DUE_DATE("dueDate"),
        CAPA_STATUS("capaStatus"), UPDATED("updated");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The name used in URLs and in the grid, e.g. {@code dueDate}. */
        public String key() {
            return key;
        }

        public static java.util.Optional<Field> fromKey(String key) {
            for (Field f : values()) {
                if (f.key.equals(key)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public static final AssessmentSort DEFAULT = new AssessmentSort(Field.UPDATED, true);
}
