package com.complianceportal.base.ui.error;

import com.complianceportal.base.observability.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an unexpected error under a short reference that the user can quote; the user never sees the trace. Within a
 * request the reference is the request's correlation id, so the log shows every line of that request under it.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);

    private ErrorReference() {
    }

    /** Logs the throwable and returns the reference it was logged under. */
    public static String log(Throwable error) {
        String reference = reference();
        log.error("Unexpected error, reference {}", reference, error);
        return reference;
    }

    /** The current request's correlation id; outside a request (a background task) a new reference. */
    static String reference() {
        String current = RequestIds.current();
        return current != null ? current : RequestIds.newId();
    }
}
