package com.complianceportal.audit.domain;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list. {@code actor}: the user name exactly (as typed or in lower case, as user names are
 * stored); {@code target}: the target's beginning, as typed; {@code actions}: any of these, or all when empty;
 * {@code from} inclusive, {@code to} exclusive. Blank texts mean no filter.
 */
public record AuditFilter(@Nullable String actor, Set<AuditAction> actions, @Nullable String target,
        @Nullable Instant from, @Nullable Instant to) {

    public static final AuditFilter NONE = new AuditFilter(null, Set.of(), null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        target = blankToNull(target);
        actions = Set.copyOf(actions);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
