package com.complianceportal.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One signed-in session as the screens show it. {@code handle} is a random name for it: the session id itself, a
 * credential, never leaves the server. {@code current}: the session of the request that asked.
 */
public record LiveSession(String handle, Instant since, Instant lastActivity, @Nullable String remoteAddress,
        @Nullable String userAgent, boolean current) {
}
