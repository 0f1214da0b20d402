package com.complianceportal.assessment.domain;

import org.jspecify.annotations.Nullable;

/** Why a workflow could not start: the vendor's error message, details, step and type, any of them possibly missing. */
public record WorkflowError(@Nullable String message, @Nullable String details, @Nullable String step,
        @Nullable String type) {
}
