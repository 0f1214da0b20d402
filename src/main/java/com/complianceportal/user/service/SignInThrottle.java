package com.complianceportal.user.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.user.service.SecurityProperties.SignInLimits;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing (ASVS 6.3.1) without letting a stranger lock anyone out. Consulted before the password
 * hash is computed: each client address and all clients together have a rate; a user name that keeps failing from one
 * address waits longer and longer there, and only after many more failures from everywhere does it wait everywhere.
 * Held in memory; a restart forgets it. Internal: runs before anyone is signed in, so it carries no role check.
 */
@Component
public class SignInThrottle {

    private static final String ANY_ADDRESS = "";
    /** Failures to re-enter the current password (password change) are kept under this pseudo address. */
    private static final String REENTRY = "current-password";
    private static final int MAX_KEY = 64;
    static final String USER_AT_ADDRESS = "failures of this user name from this address";
    static final String USER_EVERYWHERE = "failures of this user name from all addresses";
    static final String ADDRESS_RATE = "attempts from this address";
    static final String OVERALL_RATE = "attempts from all addresses";

    private final SignInLimits limits;
    private final AuditLog audit;
    private final Clock clock;
    private final Cache<String, TokenBucket> addressBuckets;
    private final TokenBucket overall;
    private final Cache<String, Failures> failures;
    private final SignInMeters meters;

    SignInThrottle(SecurityProperties properties, AuditLog audit, Clock clock, SignInMeters meters) {
        this.meters = meters;
        this.limits = properties.security();
        this.audit = audit;
        this.clock = clock;
        this.addressBuckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(5))
                .build();
        this.overall = new TokenBucket(limits.attemptsPerMinute(), clock.instant());
        this.failures = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(Duration.ofDays(1)).build();
    }

    /**
     * Whether a sign-in as {@code username} from {@code address} may go ahead; a refusal is audited. An allowed attempt
     * uses up some of the address's and everybody's rate.
     */
    public Optional<SignInRefusal> check(String username, @Nullable String address) {
        String name = name(username);
        String from = address == null ? "unknown" : address;
        Instant now = clock.instant();
        Optional<SignInRefusal> refusal = delay(key(name, from), now, USER_AT_ADDRESS)
                .or(() -> delay(key(name, ANY_ADDRESS), now, USER_EVERYWHERE))
                .or(() -> rate(addressBuckets.get(from, a -> new TokenBucket(limits.attemptsPerAddressPerMinute(), now))
                        .take(now), ADDRESS_RATE))
                .or(() -> rate(overall.take(now), OVERALL_RATE));
        refusal.ifPresent(r -> {
            meters.throttled(r.limit());
            audit.record(name, AuditAction.SIGN_IN_THROTTLED, "refused for " + r.seconds() + " s: " + r.limit(),
                    address);
        });
        return refusal;
    }

    /** A wrong password or unknown user: returns how long the next attempt from {@code address} has to wait. */
    Duration failed(String username, @Nullable String address) {
        String name = name(username);
        Instant now = clock.instant();
        Failures everywhere = failures.asMap().merge(key(name, ANY_ADDRESS), new Failures(1, now), Failures::plus);
        if (everywhere.count() == limits.accountFreeFailures() + 1) {
            meters.lockedOut("account");
            audit.record(name, AuditAction.ACCOUNT_LOCKED, "sign-in delayed from every address after "
                    + everywhere.count() + " failures in a row", address);
        }
        Failures here = failures.asMap().merge(key(name, address == null ? "unknown" : address), new Failures(1, now),
                Failures::plus);
        if (here.count() == limits.freeFailures() + 1) {
            meters.lockedOut("address");
        }
        return wait(here, limits.freeFailures());
    }

    /** A successful sign-in: that user name starts again with no failures, from everywhere. */
    void succeeded(String username) {
        clear(username);
    }

    /** Whether {@code username} may try its current password again (password change); a refusal is audited. */
    Optional<SignInRefusal> checkReentry(String username) {
        return delay(key(name(username), REENTRY), clock.instant(), "wrong current passwords");
    }

    /** A wrong current password given by a signed-in user. */
    void reentryFailed(String username) {
        failures.asMap().merge(key(name(username), REENTRY), new Failures(1, clock.instant()), Failures::plus);
    }

    void reentrySucceeded(String username) {
        failures.invalidate(key(name(username), REENTRY));
    }

    /** Forgets every failure of {@code username}, so that it signs in without delay from anywhere. */
    void clear(String username) {
        String prefix = name(username) + "\n";
        failures.asMap().keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** The user names that wait from every address now. */
    Set<String> delayedUsers() {
        return failures.asMap().keySet().stream().filter(key -> key.endsWith("\n"))
                .map(key -> key.substring(0, key.length() - 1)).filter(name -> delayedUntil(name).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** When {@code username}, from all addresses together, may next try; empty when it need not wait. */
    Optional<Instant> delayedUntil(String username) {
        Failures account = failures.getIfPresent(key(name(username), ANY_ADDRESS));
        if (account == null) {
            return Optional.empty();
        }
        Instant until = account.last().plus(wait(account, limits.accountFreeFailures()));
        return until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
    }

    private Optional<SignInRefusal> delay(String key, Instant now, String limit) {
        Failures seen = failures.getIfPresent(key);
        if (seen == null) {
            return Optional.empty();
        }
        int free = key.endsWith("\n") ? limits.accountFreeFailures() : limits.freeFailures();
        Duration left = Duration.between(now, seen.last().plus(wait(seen, free)));
        return left.isPositive() ? Optional.of(new SignInRefusal(left, limit)) : Optional.empty();
    }

    private static Optional<SignInRefusal> rate(Duration wait, String limit) {
        return wait.isPositive() ? Optional.of(new SignInRefusal(wait, limit)) : Optional.empty();
    }

    /** No wait up to {@code free} failures; then the first delay, doubling with each further failure, up to the cap. */
    private Duration wait(Failures seen, int free) {
        int beyond = seen.count() - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration delay = limits.firstDelay().multipliedBy(1L << Math.min(beyond - 1, 30));
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    private static String name(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return name.length() <= MAX_KEY ? name : name.substring(0, MAX_KEY);
    }

    private static String key(String name, String address) {
        return name + "\n" + address;
    }

    /** Failures in a row and when the last one was. */
    private record Failures(int count, Instant last) {
        Failures plus(Failures next) {
            return new Failures(count + next.count, next.last);
        }
    }
}
