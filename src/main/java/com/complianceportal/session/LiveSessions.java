package com.complianceportal.session;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of this portal instance, beside Spring Security's {@link SessionRegistry}: since when, last
 * activity (to the minute), address and browser of each, and ending them. Ending a session expires it in the registry
 * and invalidates the HTTP session, so its very next request finds nobody signed in.
 * <p>
 * Internal: the user services call it after their own role checks, so it carries none.
 */
@Component
public class LiveSessions {

    /** Last activity is recorded at most this often per session. */
    static final Duration ACTIVITY_STEP = Duration.ofMinutes(1);
    private static final int MAX_AGENT = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionRegistry registry;
    private final Clock clock;
    private final Map<String, TrackedSession> sessions = new ConcurrentHashMap<>();

    LiveSessions(SessionRegistry registry, Clock clock, MeterRegistry meters) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("portal.sessions.live", sessions, Map::size)
                .description("Signed-in HTTP sessions on this instance").register(meters);
    }

    /** A request of a signed-in user in this session: starts tracking it, or notes the activity. */
    void seen(HttpSession session, String username, @Nullable String address, @Nullable String userAgent) {
        Instant now = clock.instant();
        String agent = userAgent == null || userAgent.length() <= MAX_AGENT ? userAgent
                : userAgent.substring(0, MAX_AGENT);
        sessions.compute(session.getId(), (id, known) -> {
            if (known == null || !known.username().equals(username)) {
                return new TrackedSession(newHandle(), username, session, now, now, address, agent);
            }
            boolean same = Objects.equals(known.remoteAddress(), address) && Objects.equals(known.userAgent(), agent);
            return same && known.lastActivity().plus(ACTIVITY_STEP).isAfter(now) ? known
                    : known.seenAgain(now, address, agent);
        });
    }

    /** The user's live sessions on this instance, most recently active first. */
    public List<LiveSession> of(String username) {
        String current = currentSessionId();
        return live(username).stream()
                .map(entry -> entry.getValue().shown(entry.getKey().equals(current)))
                .sorted(Comparator.comparing(LiveSession::lastActivity).reversed())
                .toList();
    }

    /** Ends one session of the user, named by its handle; returns whether there was such a session. */
    public boolean end(String username, String handle) {
        for (var entry : live(username)) {
            if (entry.getValue().handle().equals(handle)) {
                end(entry.getKey(), entry.getValue());
                return true;
            }
        }
        return false;
    }

    /** Ends every session of the user, on this instance and in the registry; returns how many there were. */
    public int endAll(String username) {
        return endAllBut(username, null);
    }

    /** Ends every session of the user except the one of the current request; returns how many were ended. */
    public int endOthers(String username) {
        return endAllBut(username, currentSessionId());
    }

    /**
     * Ends every session of the user except the one of the current request, which counts as signed in at
     * {@code endedAt}: the sessions other instances hold for the user end at their next request, this one does not.
     */
    public int endOthers(String username, Instant endedAt) {
        HttpSession current = currentSession();
        if (current != null) {
            SessionStamp.stamp(current, endedAt);
        }
        return endOthers(username);
    }

    private int endAllBut(String username, @Nullable String keep) {
        int ended = 0;
        for (var entry : live(username)) {
            if (!entry.getKey().equals(keep)) {
                end(entry.getKey(), entry.getValue());
                ended++;
            }
        }
        for (Object principal : registry.getAllPrincipals()) {
            for (SessionInformation info : registry.getAllSessions(principal, false)) {
                if (nameOf(principal).equals(username) && !info.getSessionId().equals(keep)) {
                    info.expireNow();
                }
            }
        }
        return ended;
    }

    private void end(String sessionId, TrackedSession tracked) {
        SessionInformation info = registry.getSessionInformation(sessionId);
        if (info != null) {
            info.expireNow();
        }
        sessions.remove(sessionId);
        try {
            tracked.session().invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile, by sign-out or timeout: nothing left to do
        }
    }

    private List<Map.Entry<String, TrackedSession>> live(String username) {
        List<Map.Entry<String, TrackedSession>> live = new ArrayList<>();
        sessions.forEach((id, tracked) -> {
            SessionInformation info = registry.getSessionInformation(id);
            if (tracked.username().equals(username) && info != null && !info.isExpired()) {
                live.add(Map.entry(id, tracked));
            }
        });
        return live;
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent event) {
        sessions.remove(event.getId());
    }

    @EventListener
    void idChanged(SessionIdChangedEvent event) {
        TrackedSession tracked = sessions.remove(event.getOldSessionId());
        if (tracked != null) {
            sessions.put(event.getNewSessionId(), tracked);
        }
    }

    private static @Nullable String currentSessionId() {
        HttpSession session = currentSession();
        return session == null ? null : session.getId();
    }

    /** The session of the request being served, if there is one. */
    private static @Nullable HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(false);
        }
        return null;
    }

    private static String nameOf(Object principal) {
        return principal instanceof org.springframework.security.core.userdetails.UserDetails details
                ? details.getUsername() : principal.toString();
    }

    private static String newHandle() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
