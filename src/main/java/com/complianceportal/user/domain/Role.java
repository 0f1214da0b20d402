package com.complianceportal.user.domain;

import java.util.List;

/** A portal user's role. Each role includes the rights of the roles before it. */
public enum Role {
    VIEWER, ASSESSOR, ADMIN;

    /** Spring Security authorities this role grants, including those of the roles it implies. */
    public List<String> authorities() {
        return java.util.Arrays.stream(values())
                .filter(r -> r.ordinal() <= ordinal())
                .map(r -> "ROLE_" + r.name())
                .toList();
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
