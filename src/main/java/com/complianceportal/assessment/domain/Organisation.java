package com.complianceportal.assessment.domain;

import org.jspecify.annotations.Nullable;

/** An organisation as the register references it: internal id, name, external org id and type. */
public record Organisation(String id, @Nullable String name, @Nullable String orgId, @Nullable String type) {

    public String displayName() {
        return name != null && !name.isBlank() ? name : orgId != null ? orgId : id;
    }
}
