package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.KeyCheck;
import com.complianceportal.apikey.service.KeyCheckResult;
import com.complianceportal.apikey.service.KeyCheckResult.Verdict;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.shared.Secret;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Tests a key with the cheapest authenticated read of its vendor, sent once with that key: Rise searches for one
 * assessment, Maxsight lists its templates. The answer itself is not used; only whether it came, and how fast.
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "upstream")
class VendorKeyCheck implements KeyCheck {

    static final String RISE_SEARCH = "/api/v1/assessments/search";

    private final VendorClients clients;
    private final MaxsightApi maxsight;

    VendorKeyCheck(VendorClients clients, MaxsightApi maxsight) {
        this.clients = clients;
        this.maxsight = maxsight;
    }

    @Override
    public KeyCheckResult check(Upstream upstream, Secret key) {
        long start = System.nanoTime();
        try {
            switch (upstream) {
                case RISE -> clients.rise().readWith(key, HttpMethod.POST, RISE_SEARCH, RISE_SEARCH,
                        Map.of("limit", 1));
                case MAXSIGHT -> maxsight.templates(key);
            }
            return result(Verdict.ACCEPTED, start, null, null);
        } catch (SourceFailure failure) {
            return switch (failure) {
                case SourceFailure.KeyRejected rejected -> result(Verdict.REJECTED, start, null, null);
                case SourceFailure.Refused refused -> result(Verdict.REFUSED, start, refused.status(), null);
                case SourceFailure.Busy busy -> result(Verdict.BUSY, start, null, busy.retryAfter());
                case SourceFailure.Unavailable unavailable -> result(Verdict.UNREACHABLE, start, null, null);
                case SourceFailure.TimedOut timedOut -> result(Verdict.TIMED_OUT, start, null, null);
                case SourceFailure.NoKey none -> KeyCheckResult.unsent(Verdict.NO_KEY);
                case SourceFailure.KeyUnreadable unreadable -> KeyCheckResult.unsent(Verdict.UNREADABLE);
            };
        }
    }

    private static KeyCheckResult result(Verdict verdict, long start, @Nullable Integer status,
            @Nullable Duration retryAfter) {
        return new KeyCheckResult(verdict, Duration.ofNanos(System.nanoTime() - start), status, retryAfter);
    }
}
