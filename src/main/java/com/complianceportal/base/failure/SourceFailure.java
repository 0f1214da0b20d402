package com.complianceportal.base.failure;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Why a vendor could not answer, as a small closed set that screens turn into plain words in one place. The message is
 * for the log: it names the vendor and what happened, never a key.
 */
public abstract sealed class SourceFailure extends RuntimeException {

    private final String vendor;

    private SourceFailure(String vendor, String message, @Nullable Throwable cause) {
        super(vendor + ": " + message, cause);
        this.vendor = vendor;
    }

    /** The vendor's name as users know it, e.g. "Rise". */
    public String vendor() {
        return vendor;
    }

    /** The signed-in user has no key for this vendor: nothing was sent. */
    public static final class NoKey extends SourceFailure {
        public NoKey(String vendor) {
            super(vendor, "no API key for the signed-in user", null);
        }
    }

    /** The user's stored key cannot be read (altered, or copied from another user's row): nothing was sent. */
    public static final class KeyUnreadable extends SourceFailure {
        public KeyUnreadable(String vendor) {
            super(vendor, "the stored API key cannot be decrypted", null);
        }
    }

    /** The vendor rejected the key (401/403): a wrong key, region or IP allow list. */
    public static final class KeyRejected extends SourceFailure {
        public KeyRejected(String vendor, int status) {
            super(vendor, "API key rejected (HTTP " + status + ")", null);
        }
    }

    /** The vendor refused the request itself (400, 404, 409, 422), with its own message where it gave one. */
    public static final class Refused extends SourceFailure {
        private final int status;
        private final @Nullable String vendorMessage;

        public Refused(String vendor, int status, @Nullable String vendorMessage) {
            super(vendor, "refused the request (HTTP " + status + ")", null);
            this.status = status;
            this.vendorMessage = vendorMessage;
        }

        public int status() {
            return status;
        }

        public @Nullable String vendorMessage() {
            return vendorMessage;
        }
    }

    /** The vendor asks us to slow down (429), or this portal's own limit of calls to it is reached. */
    public static final class Busy extends SourceFailure {
        private final @Nullable Duration retryAfter;

        public Busy(String vendor, @Nullable Duration retryAfter) {
            super(vendor, "busy" + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s"), null);
            this.retryAfter = retryAfter;
        }

        public @Nullable Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The vendor failed (5xx), could not be reached, sent what cannot be read, or is cut off after repeated failures. */
    public static final class Unavailable extends SourceFailure {
        public Unavailable(String vendor, String what, @Nullable Throwable cause) {
            super(vendor, "unavailable (" + what + ")", cause);
        }
    }

    /** The vendor did not answer within the time allowed. */
    public static final class TimedOut extends SourceFailure {
        public TimedOut(String vendor, @Nullable Throwable cause) {
            super(vendor, "no answer in time", cause);
        }
    }
}
