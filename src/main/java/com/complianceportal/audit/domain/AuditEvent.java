package com.complianceportal.audit.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of the audit log: who ({@code username}, the actor) did what, about what ({@code target}: a user name, an
 * assessment id, a page), when and from where. Never holds a secret.
 */
@Table
public record AuditEvent(
        @Id @Nullable Long id,
        Instant occurredAt,
        String username,
        AuditAction action,
        @Nullable String target,
        @Nullable String detail,
        @Nullable String remoteAddress) {
}
