package com.complianceportal.session;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * When a session was signed in (kept in the session, stamped with the system clock), and ending a session before its
 * request is looked at. A user's sessions signed in before the moment their sessions were ended (in the database, by
 * any portal instance) end at their next request.
 */
public final class SessionStamp {

    static final String SIGNED_IN_AT = "portal.signedInAt";

    private SessionStamp() {
    }

    /**
     * The system clock's time: sessions are stamped, and ended in the database, with the clock that also stamps their
     * creation, whatever clock the rest of the portal runs on. To the millisecond, which every database keeps as it
     * is (a finer time could come back rounded up, and a session stamped with it would count as signed in before).
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** When the session was signed in, if it was stamped. */
    public static @Nullable Instant of(HttpSession session) {
        try {
            return session.getAttribute(SIGNED_IN_AT) instanceof Instant stamped ? stamped : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    public static void stamp(HttpSession session, Instant signedInAt) {
        try {
            session.setAttribute(SIGNED_IN_AT, signedInAt);
        } catch (IllegalStateException invalidated) {
            // ended meanwhile: nothing to stamp
        }
    }

    /**
     * Ends the session before its request is looked at: expired in the registry and invalidated, so that the request
     * goes on as one of nobody signed in, which leads to the login page.
     */
    public static void end(HttpSession session, SessionRegistry registry) {
        try {
            SessionInformation info = registry.getSessionInformation(session.getId());
            if (info != null) {
                info.expireNow();
            }
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile
        }
    }
}
