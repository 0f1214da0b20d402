package com.complianceportal.assessment.upstream;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Answers that depend on who asks, kept for a short while under the asking user's name, so that one user's answer is
 * never another's. One load per user and question at a time: who asks the same meanwhile waits for that load. Loads
 * run on the asking thread (which carries the user and the key); a failed load is not kept.
 */
final class UserCache<K, V> {

    private record Key<K>(String user, K question) {
    }

    private final AsyncCache<Key<K>, V> cache;
    private final Supplier<String> user;

    UserCache(Supplier<String> user, Duration ttl, long maxWeight, ToIntFunction<V> weight) {
        this.user = user;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxWeight)
                .<Key<K>, V>weigher((key, value) -> Math.max(1, weight.applyAsInt(value))).buildAsync();
    }

    /** The signed-in user's answer to {@code question}: kept, being loaded by another request, or loaded now. */
    V get(K question, Supplier<V> load) {
        Key<K> key = new Key<>(user.get(), question);
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = cache.asMap().putIfAbsent(key, mine);
        if (running != null) {
            return join(running);
        }
        try {
            V value = load.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            cache.asMap().remove(key, mine);
            throw failed;
        }
    }

    /** The signed-in user's kept answer, if there is one and it is complete. */
    Optional<V> known(K question) {
        CompletableFuture<V> kept = cache.getIfPresent(new Key<>(user.get(), question));
        return kept != null && kept.isDone() && !kept.isCompletedExceptionally()
                ? Optional.ofNullable(kept.getNow(null)) : Optional.empty();
    }

    /** Keeps an answer learnt on the way (a total that came with a page) for the signed-in user. */
    void put(K question, V value) {
        cache.put(new Key<>(user.get(), question), CompletableFuture.completedFuture(value));
    }

    void clear() {
        cache.synchronous().invalidateAll();
    }

    private static <V> V join(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw failed;
        }
    }
}
