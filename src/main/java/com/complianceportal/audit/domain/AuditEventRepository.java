package com.complianceportal.audit.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

/**
 * Reads the audit log. It offers no save, update or delete: entries are only ever added, by {@link AuditEntries}.
 */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    List<AuditEvent> findByUsernameOrderByOccurredAtDesc(String username);

    List<AuditEvent> findByTargetOrderByOccurredAtDesc(String target);

    long count();
}
