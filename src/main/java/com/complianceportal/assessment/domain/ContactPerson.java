package com.complianceportal.assessment.domain;

import org.jspecify.annotations.Nullable;

/** A person to contact at a stakeholder organisation. */
public record ContactPerson(String name, @Nullable String title, @Nullable String email, @Nullable String phone) {
}
