package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request keys of the create form, one row each in {@code create_request}, in both modes: a key is claimed before
 * its create runs and holds the create's result afterwards, so the same key never starts a second create. Every call
 * is its own transaction, committed at once, so that a concurrent submit of the same key sees the claim.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class CreateRequests {

    /** A claim older than this without a result belongs to a create that died with its process. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;
    /** The claim's insert runs in a savepoint: after a refused insert PostgreSQL goes on only from a savepoint. */
    private final TransactionTemplate savepoint;

    CreateRequests(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** What claiming a key found. */
    sealed interface Claim {
        /** The key is this caller's now: run the create. */
        record Claimed() implements Claim {
        }

        /** The key has run: this is its result. */
        record Done(CreationResult result) implements Claim {
        }

        /** Another submit of the key is running its create right now. */
        record Running() implements Claim {
        }
    }

    Claim claim(NewAssessmentRequest request, String requestedBy) {
        String key = request.requestKey().toString();
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("""
                    INSERT INTO create_request (request_key, requested_by, entity_id, template_id, requested_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(key, requestedBy, request.entityId().toString(), request.templateId().toString(),
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update());
            return new Claim.Claimed();
        } catch (DuplicateKeyException taken) {
            return existing(request, requestedBy);
        }
    }

    private Claim existing(NewAssessmentRequest request, String requestedBy) {
        Row row = jdbc.sql("SELECT requested_by, entity_id, template_id, requested_at, result FROM create_request"
                        + " WHERE request_key = ?").param(request.requestKey().toString())
                .query((rs, n) -> new Row(rs.getString("requested_by"), rs.getString("entity_id"),
                        rs.getString("template_id"), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                        rs.getString("result")))
                .single();
        if (!row.requestedBy().equals(requestedBy) || !row.entityId().equals(request.entityId().toString())
                || !row.templateId().equals(request.templateId().toString())) {
            throw new IllegalArgumentException("This request key belongs to another create");
        }
        if (row.result() != null) {
            return new Claim.Done(StoredCreation.read(row.result()));
        }
        if (row.requestedAt().plus(ABANDONED).isBefore(clock.instant())) {
            release(request);
            return claim(request, requestedBy);
        }
        return new Claim.Running();
    }

    /** Keeps the result for a repeated submit of the same key. */
    void complete(NewAssessmentRequest request, CreationResult result) {
        jdbc.sql("UPDATE create_request SET result = ? WHERE request_key = ?")
                .params(StoredCreation.write(result), request.requestKey().toString()).update();
    }

    /** The create failed before it had a result: the key may be submitted again. */
    void release(NewAssessmentRequest request) {
        jdbc.sql("DELETE FROM create_request WHERE request_key = ? AND result IS NULL")
                .param(request.requestKey().toString()).update();
    }

    private record Row(String requestedBy, String entityId, String templateId, Instant requestedAt,
            @Nullable String result) {
    }
}
