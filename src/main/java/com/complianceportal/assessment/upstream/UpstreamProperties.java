package com.complianceportal.assessment.upstream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.upstream.*}: where the vendors are and how the portal treats them. Every value has a default that suits
 * a department of a few hundred users; the README's configuration table lists them.
 *
 * @param connectTimeout  how long to wait for a connection
 * @param readTimeout     how long to wait for an answer
 * @param callBudget      the most one screen waits for one vendor answer, retries included
 * @param retries         further tries of a read after a failure that may pass (never of a create)
 * @param retryBackoff    the first wait before a retry; it doubles, with jitter
 * @param maxConnections  pooled connections to each vendor
 * @param maxConcurrentCalls calls to one vendor at the same time; more wait for their turn
 * @param queueWait       how long a call waits for its turn among those before the user hears "busy"
 * @param cacheTtl        how long one user's answers are reused (register pages, totals, details)
 * @param catalogueTtl    how long one user's entities, templates and outcome names are reused
 * @param exportMaxRows   the most rows one export takes from the vendor
 * @param exportConcurrency pages one user's export reads at the same time
 * @param breakerOpenDuration how long a vendor is left alone after repeated failures before it is tried again
 */
@ConfigurationProperties("portal.upstream")
public record UpstreamProperties(
        @DefaultValue Vendor rise,
        @DefaultValue Vendor maxsight,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("15s") Duration callBudget,
        @DefaultValue("2") int retries,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("200") int maxConnections,
        @DefaultValue("64") int maxConcurrentCalls,
        @DefaultValue("1s") Duration queueWait,
        @DefaultValue("30s") Duration cacheTtl,
        @DefaultValue("5m") Duration catalogueTtl,
        @DefaultValue("10000") int exportMaxRows,
        @DefaultValue("2") int exportConcurrency,
        @DefaultValue("30s") Duration breakerOpenDuration) {

    /** One vendor's base address, e.g. {@code https://rise-integration.inspectorio.com}. */
    public record Vendor(@DefaultValue("") String baseUrl) {
    }
}
