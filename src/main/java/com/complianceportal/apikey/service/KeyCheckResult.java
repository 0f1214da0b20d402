package com.complianceportal.apikey.service;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What testing a key found. {@code roundTrip} is how long the vendor took to answer (none where nothing was sent),
 * {@code status} the HTTP status of a refusal, {@code retryAfter} how long a busy vendor asked to wait.
 */
public record KeyCheckResult(Verdict verdict, @Nullable Duration roundTrip, @Nullable Integer status,
        @Nullable Duration retryAfter) {

    /** The vendor's answer to the test, or why there was none. */
    public enum Verdict {
        /** The vendor answered the read: the key works. */
        ACCEPTED,
        /** 401 or 403: a wrong or withdrawn key, the wrong region, or an address outside the IP allow list. */
        REJECTED,
        /** The vendor took the key but refused the test read itself (404, say): the key may be fine. */
        REFUSED,
        /** 429, or the portal's own limit of calls to the vendor is reached: the key was not checked. */
        BUSY,
        /** Not reachable, failing (5xx) or answering what cannot be read: the key was not checked. */
        UNREACHABLE,
        /** No answer in time: the key was not checked. */
        TIMED_OUT,
        /** There is no stored key (revoked meanwhile): nothing was sent. */
        NO_KEY,
        /** The stored key cannot be decrypted: nothing was sent. */
        UNREADABLE
    }

    /** A test that sent nothing. */
    public static KeyCheckResult unsent(Verdict verdict) {
        return new KeyCheckResult(verdict, null, null, null);
    }
}
