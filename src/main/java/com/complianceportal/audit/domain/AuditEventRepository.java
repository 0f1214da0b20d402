package com.complianceportal.audit.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

    List<AuditEvent> findByUsernameOrderByOccurredAtDesc(String username);
}
