package com.complianceportal.assessment.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An entity (a site) that an assessment can be created for, as the entity picker lists it. */
public record EntityOption(UUID id, String name, String type, @Nullable String country) {
}
