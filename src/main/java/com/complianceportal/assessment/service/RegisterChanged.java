package com.complianceportal.assessment.service;

import org.jspecify.annotations.Nullable;

/**
 * Published (as a Spring application event) after a change to the register commits, for example a created
 * assessment. Caches of register figures listen to it. {@code assessmentId} is null when much of the register changed.
 */
public record RegisterChanged(@Nullable String assessmentId) {

    /** Many rows changed at once, for example a bulk load. */
    public static RegisterChanged many() {
        return new RegisterChanged(null);
    }
}
