package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.base.failure.SourceFailure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.web.client.ResourceAccessException;

/**
 * The timer {@code portal.upstream.calls}: every call to a vendor by upstream, endpoint (its path template, never the
 * address with an id), method and outcome. The outcomes are a small fixed set, so the tags stay few.
 */
final class VendorCallMeter {

    static final String NAME = "portal.upstream.calls";

    private final MeterRegistry registry;
    private final String upstream;

    VendorCallMeter(MeterRegistry registry, Upstream upstream) {
        this.registry = registry;
        this.upstream = upstream.name().toLowerCase(Locale.ROOT);
    }

    void record(String endpoint, String method, String outcome, long nanos) {
        Timer.builder(NAME).description("Calls to the vendors' APIs, by outcome")
                .tags("upstream", upstream, "endpoint", endpoint, "method", method, "outcome", outcome)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The outcome tag of a call that ended in {@code failure}. */
    static String outcome(SourceFailure failure) {
        return switch (failure) {
            case SourceFailure.TimedOut t -> "timeout";
            case SourceFailure.Unavailable u -> u.getCause() instanceof ResourceAccessException ? "unreachable"
                    : "server_error";
            case SourceFailure.KeyRejected k -> "key_rejected";
            case SourceFailure.Refused r -> "client_error";
            case SourceFailure.Busy b -> "rate_limited";
            default -> "error";
        };
    }
}
