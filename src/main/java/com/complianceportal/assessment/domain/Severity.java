package com.complianceportal.assessment.domain;

import java.util.Locale;

/** Finding severity, most severe first. Unknown vendor values map to {@link #OTHER}. */
public enum Severity {
    CRITICAL("Critical"), MAJOR("Major"), MINOR("Minor"), OBSERVATION("Observation"), OTHER("Other");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Severity fromLabel(String value) {
        for (Severity s : values()) {
            if (s.label.equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "high" -> MAJOR;
            case "low" -> MINOR;
            default -> OTHER;
        };
    }
}
