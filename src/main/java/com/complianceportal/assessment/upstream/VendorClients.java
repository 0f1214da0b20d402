package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeys;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * One {@link VendorClient} per vendor over one pooled HTTP client with keep-alive: connections are reused across users
 * (a connection carries no key; each request carries its own user's).
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "upstream")
class VendorClients implements DisposableBean {

    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient httpClient;
    private final Map<Upstream, VendorClient> clients = new EnumMap<>(Upstream.class);

    VendorClients(UpstreamProperties settings, ApiKeys keys, MeterRegistry meters) {
        // LAX: each vendor's connections in a pool of their own without one lock for all (STRICT's lock, taken twice
        // per call, queued the threads of many concurrent users); it limits connections per vendor, not in total.
        pool = PoolingHttpClientConnectionManagerBuilder.create().setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5)).build())
                .build();
        httpClient = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                        .setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                .evictIdleConnections(TimeValue.ofSeconds(30)).disableCookieManagement()
                // The client's own retries (of 429 and 503 after Retry-After, even of a POST) would come on top of
                // VendorClient's: a create sent twice, a long wait the user did not choose, more tries than configured.
                .disableAutomaticRetries().build();
        var factory = new HttpComponentsClientHttpRequestFactory(httpClient);
        factory.setReadTimeout(settings.readTimeout());
        clients.put(Upstream.RISE, client(Upstream.RISE, settings.rise().baseUrl(), factory, keys, settings, meters));
        clients.put(Upstream.MAXSIGHT, client(Upstream.MAXSIGHT, settings.maxsight().baseUrl(), factory, keys,
                settings, meters));
    }

    VendorClient rise() {
        return clients.get(Upstream.RISE);
    }

    VendorClient maxsight() {
        return clients.get(Upstream.MAXSIGHT);
    }

    /** The shared connection pool's figures now: connections leased, idle, and requests waiting for one. */
    PoolStats connections() {
        return pool.getTotalStats();
    }

    private static VendorClient client(Upstream upstream, String baseUrl, HttpComponentsClientHttpRequestFactory factory,
            ApiKeys keys, UpstreamProperties settings, MeterRegistry meters) {
        if (baseUrl.isBlank()) {
            throw new IllegalStateException("portal.source=upstream needs the " + upstream.label() + " address: set "
                    + "PORTAL_UPSTREAM_" + upstream.name() + "_BASE_URL");
        }
        RestClient http = RestClient.builder().requestFactory(factory).baseUrl(baseUrl.replaceAll("/+$", "")).build();
        CircuitBreaker breaker = CircuitBreaker.of(upstream.label(), CircuitBreakerConfig.custom()
                .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
                .slowCallDurationThreshold(settings.readTimeout()).slowCallRateThreshold(100)
                .waitDurationInOpenState(settings.breakerOpenDuration()).permittedNumberOfCallsInHalfOpenState(3)
                .build());
        Bulkhead bulkhead = Bulkhead.of(upstream.label(), BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls()).maxWaitDuration(settings.queueWait()).build());
        return new VendorClient(upstream, http, keys, breaker, bulkhead, settings,
                new VendorCallMeter(meters, upstream));
    }

    @Override
    public void destroy() throws Exception {
        httpClient.close();
    }
}
