package com.complianceportal.assessment.upstream;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Answers that depend on who asks, kept for a short while under the asking user's name, so that one user's answer is
 * never another's. One load per user and question at a time: who asks the same meanwhile waits for that load and
 * shares its outcome. Loads run on the asking thread (which carries the user and the key); a failure is not kept.
 */
final class UserCache<K, V> {

    private record Key<K>(String user, K question) {
    }

    /** A load's outcome. Failures travel as values: they are the vendor's everyday answers, not cache errors. */
    private record Outcome<V>(@Nullable V value, @Nullable Throwable failure) {

        V get() {
            return switch (failure) {
                case null -> value;
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                default -> throw new IllegalStateException(failure);
            };
        }
    }

    private final AsyncCache<Key<K>, Outcome<V>> cache;
    private final Supplier<String> user;

    UserCache(Supplier<String> user, Duration ttl, long maxWeight, ToIntFunction<V> weight) {
        this.user = user;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxWeight)
                .<Key<K>, Outcome<V>>weigher((key, outcome) -> outcome.value() == null ? 1
                        : Math.max(1, weight.applyAsInt(outcome.value())))
                .buildAsync();
    }

    /** The signed-in user's answer to {@code question}: kept, being loaded by another request, or loaded now. */
    V get(K question, Supplier<V> load) {
        Key<K> key = new Key<>(user.get(), question);
        CompletableFuture<Outcome<V>> mine = new CompletableFuture<>();
        CompletableFuture<Outcome<V>> running = cache.asMap().putIfAbsent(key, mine);
        if (running != null) {
            return running.join().get();
        }
        Outcome<V> outcome;
        try {
            outcome = new Outcome<>(load.get(), null);
        } catch (RuntimeException | Error failed) {
            outcome = new Outcome<>(null, failed);
            cache.asMap().remove(key, mine);
        }
        mine.complete(outcome);
        return outcome.get();
    }

    /** The signed-in user's kept answer, if there is one and it is complete. */
    Optional<V> known(K question) {
        CompletableFuture<Outcome<V>> kept = cache.getIfPresent(new Key<>(user.get(), question));
        Outcome<V> outcome = kept == null ? null : kept.getNow(null);
        return outcome == null || outcome.failure() != null ? Optional.empty() : Optional.ofNullable(outcome.value());
    }

    /** Keeps an answer learnt on the way (a total that came with a page) for the signed-in user. */
    void put(K question, V value) {
        cache.put(new Key<>(user.get(), question), CompletableFuture.completedFuture(new Outcome<>(value, null)));
    }

    /**
     * Keeps answers learnt on the way for the signed-in user (asked for once, not once per answer); an answer kept
     * already with the same value is left as it is, so that its time to live is not renewed.
     */
    void putAll(Map<K, V> answers) {
        String who = user.get();
        answers.forEach((question, value) -> {
            Key<K> key = new Key<>(who, question);
            CompletableFuture<Outcome<V>> kept = cache.getIfPresent(key);
            Outcome<V> outcome = kept == null ? null : kept.getNow(null);
            if (outcome == null || !value.equals(outcome.value())) {
                cache.put(key, CompletableFuture.completedFuture(new Outcome<>(value, null)));
            }
        });
    }

    void clear() {
        cache.synchronous().invalidateAll();
    }

    /** Drops every answer kept for {@code username}. */
    void forget(String username) {
        cache.asMap().keySet().removeIf(key -> key.user().equals(username));
    }
}
