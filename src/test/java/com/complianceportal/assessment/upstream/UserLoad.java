package com.complianceportal.assessment.upstream;

import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.user.domain.Role;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Users working side by side: each on a thread of its own, signed in as themselves, makes one call after the other,
 * with a pause between them or none, until the time is up. Records every call's duration and every failure by its
 * kind, and the CPU time the whole process used meanwhile.
 */
final class UserLoad {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One call of {@code user}: {@code n} counts that user's calls from 0. */
    @FunctionalInterface
    interface Call {
        void run(String user, int n) throws Exception;
    }

    /** What the users saw: the durations of the calls that succeeded, and the failures by kind. */
    record Outcome(Latencies latencies, Map<String, Long> failures, double seconds, double cpuSeconds) {

        long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        double callsPerSecond() {
            return (latencies.count() + failed()) / seconds;
        }

        /** The cores the whole process kept busy on average (the stub's share included). */
        double coresBusy() {
            return cpuSeconds / seconds;
        }

        double cpuMillisPerCall() {
            return cpuSeconds * 1_000 / (latencies.count() + failed());
        }
    }

    private UserLoad() {
    }

    static Outcome run(List<String> users, Duration duration, Duration pause, Call call) throws InterruptedException {
        var ready = new CountDownLatch(users.size());
        var go = new CountDownLatch(1);
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        List<Latencies> perUser = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (String user : users) {
            var latencies = new Latencies();
            perUser.add(latencies);
            threads.add(Thread.ofPlatform().name("user-" + user).start(() -> {
                SecurityContextHolder.setContext(RiseStub.signedIn(user, Role.VIEWER));
                ready.countDown();
                await(go);
                for (int n = 0; System.nanoTime() < deadline[0]; n++) {
                    long start = System.nanoTime();
                    try {
                        call.run(user, n);
                        latencies.add(System.nanoTime() - start);
                    } catch (Exception failed) {
                        failures.computeIfAbsent(kind(failed), k -> new LongAdder()).increment();
                    }
                    pause(pause);
                }
                SecurityContextHolder.clearContext();
            }));
        }
        ready.await();
        long cpuStart = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        deadline[0] = start + duration.toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
        Map<String, Long> counted = new TreeMap<>();
        failures.forEach((kind, count) -> counted.put(kind, count.sum()));
        return new Outcome(Latencies.merge(perUser), counted, seconds, cpuSeconds);
    }

    private static String kind(Exception failed) {
        return failed instanceof SourceFailure ? "SourceFailure." + failed.getClass().getSimpleName()
                : failed.getClass().getSimpleName();
    }

    private static void pause(Duration pause) {
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
