package com.complianceportal.assessment.upstream;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Vendor answers that depend on who asks, kept for a while per user: the key names the user, so one user's answer is
 * never given to another. One load per key at a time: whoever asks while it runs waits for it. The load runs on the
 * asking thread, which carries the signed-in user (and so their key), and holds no lock of the cache; a failed load is
 * not kept (those who waited for it get its failure).
 */
final class PerUserCache<V> {

    private final AsyncCache<Key, Loaded<V>> cache;

    PerUserCache(Duration ttl, long maxEntries, Ticker ticker) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).ticker(ticker).buildAsync();
    }

    V get(String user, String what, Supplier<V> load) {
        Key key = new Key(user, what);
        CompletableFuture<Loaded<V>> mine = new CompletableFuture<>();
        CompletableFuture<Loaded<V>> running = cache.asMap().putIfAbsent(key, mine);
        if (running != null) {
            return running.join().value();
        }
        try {
            V value = load.get();
            mine.complete(new Loaded<>(value, null));
            return value;
        } catch (RuntimeException | Error failed) {
            // Completed normally (Caffeine would log a failed future) but gone from the cache first.
            cache.asMap().remove(key, mine);
            mine.complete(new Loaded<>(null, failed instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Loading " + what + " failed", failed)));
            throw failed;
        }
    }

    void clear() {
        cache.synchronous().invalidateAll();
    }

    /** Drops every answer kept for {@code user}. */
    void forget(String user) {
        cache.asMap().keySet().removeIf(key -> key.user().equals(user));
    }

    private record Key(String user, String what) {
    }

    /** A load's value, or its failure for those who waited for it. */
    private record Loaded<V>(@Nullable V loaded, @Nullable RuntimeException failure) {

        V value() {
            if (failure != null) {
                throw failure;
            }
            return Objects.requireNonNull(loaded);
        }
    }
}
