package com.complianceportal.assessment.domain;

/** How many findings of one severity an issue-based assessment has. */
public record FindingCount(Severity severity, int count) {
}
