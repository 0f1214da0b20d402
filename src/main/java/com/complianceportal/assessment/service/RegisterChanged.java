package com.complianceportal.assessment.service;

import org.jspecify.annotations.Nullable;

/**
 * Published (as a Spring application event) after a change to the register commits, for example a created
 * assessment. Caches of register figures listen to it. {@code assessmentId} is null when much of the register changed;
 * {@code created} says that the change only added that assessment, so that figures can take it in without counting
 * everything again. {@code elsewhere} says that another portal instance sharing the database made the change (it
 * reached this one as a signal through the database).
 */
public record RegisterChanged(@Nullable String assessmentId, boolean created, boolean elsewhere) {

    public RegisterChanged(@Nullable String assessmentId, boolean created) {
        this(assessmentId, created, false);
    }

    /** The assessment {@code assessmentId} changed. */
    public RegisterChanged(@Nullable String assessmentId) {
        this(assessmentId, false);
    }

    /** The assessment {@code assessmentId} was created, and nothing else changed. */
    public static RegisterChanged created(String assessmentId) {
        return new RegisterChanged(assessmentId, true);
    }

    /** Many rows changed at once, for example a bulk load. */
    public static RegisterChanged many() {
        return new RegisterChanged(null, false);
    }

    /** The same change, made by another instance. */
    public RegisterChanged madeElsewhere() {
        return new RegisterChanged(assessmentId, created, true);
    }
}
