package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeys;
import com.complianceportal.apikey.service.StoredKeyUnreadableException;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.shared.Secret;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Calls to one vendor on behalf of the signed-in user: the user's own key is looked up for each call and sent in the
 * vendor's header, never kept. A concurrency limit and a circuit breaker keep a slow or failing vendor from taking
 * every request thread; reads are retried with backoff and jitter within a time budget, a create is sent once. Every
 * failure leaves as one of the {@link SourceFailure} kinds.
 */
final class VendorClient {

    private final Upstream upstream;
    private final RestClient http;
    private final ApiKeys keys;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final UpstreamProperties settings;
    private final IntervalFunction backoff;
    private final VendorCallMeter meter;

    VendorClient(Upstream upstream, RestClient http, ApiKeys keys, CircuitBreaker breaker, Bulkhead bulkhead,
            UpstreamProperties settings, VendorCallMeter meter) {
        this.meter = meter;
        this.upstream = upstream;
        this.http = http;
        this.keys = keys;
        this.breaker = breaker;
        this.bulkhead = bulkhead;
        this.settings = settings;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(settings.retryBackoff(), 2.0, 0.5);
    }

    String vendor() {
        return upstream.label();
    }

    /** The circuit breaker in front of this vendor (its state, and a reset between tests). */
    CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /** The limit of calls to this vendor at the same time (its figures, and its rejections). */
    Bulkhead bulkhead() {
        return bulkhead;
    }

    /**
     * A read: tried again after a failure that may pass, as long as the call budget allows. {@code endpoint} is the
     * path's template, as the metrics name it ({@code /api/v1/assessments/{id}}).
     */
    JsonNode read(HttpMethod method, String endpoint, String path, @Nullable Object body) {
        long deadline = System.nanoTime() + settings.callBudget().toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(method, endpoint, path, body, key());
            } catch (SourceFailure failure) {
                Duration wait = retryWait(failure, attempt);
                if (wait == null || System.nanoTime() + wait.toNanos() + settings.readTimeout().toNanos() > deadline) {
                    throw failure;
                }
                sleep(wait);
            }
        }
    }

    /** A write, such as a create: sent once and never retried, since a second send could create a second record. */
    JsonNode write(String endpoint, String path, Object body) {
        return once(HttpMethod.POST, endpoint, path, body, key());
    }

    /** One read with the key given (an administrator testing a user's key), not the signed-in user's; not retried. */
    JsonNode readWith(Secret key, HttpMethod method, String endpoint, String path, @Nullable Object body) {
        return once(method, endpoint, path, body, key);
    }

    private @Nullable Duration retryWait(SourceFailure failure, int attempt) {
        if (attempt > settings.retries()) {
            return null;
        }
        return switch (failure) {
            case SourceFailure.Unavailable u -> Duration.ofMillis(backoff.apply(attempt));
            case SourceFailure.TimedOut t -> Duration.ofMillis(backoff.apply(attempt));
            // The vendor said when: wait that long if it is short, otherwise tell the user.
            case SourceFailure.Busy b when b.retryAfter() != null && b.retryAfter().toSeconds() <= 2 -> b.retryAfter();
            default -> null;
        };
    }

    private JsonNode once(HttpMethod method, String endpoint, String path, @Nullable Object body, Secret key) {
        long start = System.nanoTime();
        String outcome = "busy";
        try {
            if (!bulkhead.tryAcquirePermission()) {
                throw new SourceFailure.Busy(vendor(), null);
            }
            try {
                outcome = "breaker_open";
                if (!breaker.tryAcquirePermission()) {
                    throw new SourceFailure.Unavailable(vendor(), "cut off for a while after repeated failures", null);
                }
                outcome = "error";
                JsonNode answer = guarded(method, path, body, key);
                outcome = "success";
                return answer;
            } catch (SourceFailure failure) {
                outcome = outcome.equals("error") ? VendorCallMeter.outcome(failure) : outcome;
                throw failure;
            } finally {
                bulkhead.onComplete();
            }
        } finally {
            meter.record(endpoint, method.name(), outcome, System.nanoTime() - start);
        }
    }

    /** One exchange within the circuit breaker's permission, which hears how it went. */
    private JsonNode guarded(HttpMethod method, String path, @Nullable Object body, Secret key) {
        long start = System.nanoTime();
        try {
            JsonNode answer = exchange(method, path, body, key);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return answer;
        } catch (SourceFailure.Unavailable | SourceFailure.TimedOut failure) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            throw failure;
        } catch (SourceFailure failure) {
            // The vendor answered: refusals and busy signals say nothing against its health.
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            throw failure;
        }
    }

    private JsonNode exchange(HttpMethod method, String path, @Nullable Object body, Secret key) {
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(path)
                    .header(upstream.header(), key.reveal()).accept(MediaType.APPLICATION_JSON);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(Json.MAPPER.writeValueAsString(body));
            }
            // Every status is VendorResponses' to map, none an exception of the client's; JSON is read as it arrives.
            return request.exchange((sent, response) -> VendorResponses.read(vendor(), response));
        } catch (ResourceAccessException e) {
            if (e.getMostSpecificCause() instanceof SocketTimeoutException
                    || e.getMostSpecificCause().getClass().getSimpleName().contains("Timeout")) {
                throw new SourceFailure.TimedOut(vendor(), e);
            }
            throw new SourceFailure.Unavailable(vendor(), "not reachable", e);
        } catch (JacksonException e) {
            throw new IllegalStateException("Request body for " + vendor() + " could not be written", e);
        }
    }

    private Secret key() {
        try {
            return keys.forCurrentUser(upstream).orElseThrow(() -> new SourceFailure.NoKey(vendor()));
        } catch (StoredKeyUnreadableException e) {
            throw new SourceFailure.KeyUnreadable(vendor());
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to try again", e);
        }
    }
}
