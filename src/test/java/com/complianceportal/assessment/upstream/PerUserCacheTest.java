package com.complianceportal.assessment.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.base.failure.SourceFailure;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-user cache of vendor answers: per user, for its time, one load at a time, failures not kept. */
class PerUserCacheTest {

    final AtomicLong nanos = new AtomicLong();
    final PerUserCache<String> cache = new PerUserCache<>(Duration.ofMinutes(5), 100, nanos::get);
    final AtomicInteger loads = new AtomicInteger();

    private String load(String user) {
        return cache.get(user, "templates", () -> user + "'s answer " + loads.incrementAndGet());
    }

    @Test
    void an_answer_is_kept_for_its_user_only_and_for_its_time_only() {
        assertThat(load("alice")).isEqualTo("alice's answer 1");
        assertThat(load("alice")).isEqualTo("alice's answer 1");
        assertThat(load("bob")).isEqualTo("bob's answer 2");

        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());

        assertThat(load("alice")).isEqualTo("alice's answer 3");
    }

    @Test
    void a_failed_load_is_not_kept() {
        assertThatThrownBy(() -> cache.get("alice", "templates", () -> {
            throw new SourceFailure.Busy("Maxsight", null);
        })).isInstanceOf(SourceFailure.Busy.class);

        assertThat(load("alice")).isEqualTo("alice's answer 1");
    }

    @Test
    void whoever_asks_while_a_load_runs_waits_for_it_instead_of_loading_again() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = threads.submit(() -> cache.get("alice", "entities", () -> {
                started.countDown();
                await(release);
                return "entities " + loads.incrementAndGet();
            }));
            started.await(5, TimeUnit.SECONDS);
            Future<String> second = threads.submit(() -> cache.get("alice", "entities", () -> "again "
                    + loads.incrementAndGet()));
            waitingThreads(1);
            Future<String> other = threads.submit(() -> cache.get("bob", "entities", () -> "bob's"));
            assertThat(other.get(5, TimeUnit.SECONDS)).as("another user's key is not held up").isEqualTo("bob's");

            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("entities 1");
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("entities 1");
            assertThat(loads).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void those_who_waited_for_a_failed_load_get_its_failure() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> cache.get("alice", "entities", () -> {
                started.countDown();
                await(release);
                throw new SourceFailure.TimedOut("Maxsight", null);
            }));
            started.await(5, TimeUnit.SECONDS);
            Future<String> second = threads.submit(() -> cache.get("alice", "entities", () -> "loaded again"));
            waitingThreads(1);
            release.countDown();

            assertThatThrownBy(first::get).hasCauseInstanceOf(SourceFailure.TimedOut.class);
            assertThat(second).failsWithin(Duration.ofSeconds(5)).withThrowableThat()
                    .havingCause().isInstanceOf(SourceFailure.TimedOut.class);
            assertThat(load("alice")).as("the failure was not kept").isEqualTo("alice's answer 1");
        } finally {
            threads.shutdownNow();
        }
    }

    /** Waits until {@code count} threads wait for a load of another thread (besides the one held by the latch). */
    private static void waitingThreads(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            long waiting = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey().getState() == Thread.State.WAITING && Arrays.stream(e.getValue())
                            .anyMatch(frame -> frame.getMethodName().equals("join")
                                    && frame.getClassName().equals(CompletableFuture.class.getName())))
                    .count();
            if (waiting >= count) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("nobody waited for the load");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
