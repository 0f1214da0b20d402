package com.complianceportal.assessment.service;

/**
 * Published (as a Spring application event) after a change to the register commits, for example a created
 * assessment. Caches of register figures listen to it.
 */
public record RegisterChanged(String assessmentId) {
}
