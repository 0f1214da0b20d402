package com.complianceportal.assessment.domain;

import org.jspecify.annotations.Nullable;

/** The standard an assessment is made against, e.g. "Environmental Audit" version "6.1". */
public record Standard(String name, @Nullable String version) {

    public String label() {
        return version == null || version.isBlank() ? name : name + " " + version;
    }
}
