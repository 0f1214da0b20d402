package com.complianceportal.session;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What one portal instance knows about one signed-in session; replaced as a whole when it changes. */
record TrackedSession(String handle, String username, HttpSession session, Instant since, Instant lastActivity,
        @Nullable String remoteAddress, @Nullable String userAgent) {

    TrackedSession seenAgain(Instant now, @Nullable String address, @Nullable String agent) {
        return new TrackedSession(handle, username, session, since, now, address, agent);
    }

    LiveSession shown(boolean current) {
        return new LiveSession(handle, since, lastActivity, remoteAddress, userAgent, current);
    }
}
