package com.complianceportal.assessment.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entity (a site) that an assessment can be created for, as the entity picker lists it. {@code orgId} is its
 * organisation's own id ("E-500012"), the one users know; {@code id} is internal. The workflow vendor may leave out the
 * own id, type or country.
 */
public record EntityOption(UUID id, String name, @Nullable String orgId, @Nullable String type,
        @Nullable String country) {
}
