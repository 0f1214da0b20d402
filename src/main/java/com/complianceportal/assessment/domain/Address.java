package com.complianceportal.assessment.domain;

import org.jspecify.annotations.Nullable;

/** A postal address; country is an ISO 3166 alpha-2 code where known. */
public record Address(@Nullable String street, @Nullable String city, @Nullable String postal,
        @Nullable String province, @Nullable String country) {

    public static final Address NONE = new Address(null, null, null, null, null);
}
