package com.complianceportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-ins at the same moment hash their passwords a few at a time, and each still gets its own answer. */
class BoundedPasswordEncoderTest {

    @Test
    void no_more_hashes_than_slots_run_at_once_and_the_others_wait_their_turn() throws Exception {
        var gate = new CountDownLatch(1);
        var inside = new AtomicInteger();
        var most = new AtomicInteger();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "x" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inside.decrementAndGet();
                return encoded.equals("x" + raw);
            }
        };
        var bounded = new BoundedPasswordEncoder(slow, 2);
        ExecutorService signIns = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String password = "p" + i;
                String stored = i % 2 == 0 ? "x" + password : "wrong";
                answers.add(signIns.submit(() -> bounded.matches(password, stored)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(inside.get() == 2 && bounded.waiting() == 4) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(bounded.waiting()).isEqualTo(4);
            assertThat(inside.get()).isEqualTo(2);

            gate.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> answer : answers) {
                results.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactly(true, false, true, false, true, false);
            assertThat(most.get()).isEqualTo(2);
            assertThat(bounded.waiting()).isZero();
        } finally {
            signIns.shutdownNow();
        }
    }

    @Test
    void real_argon2_hashes_still_match_through_the_bound() {
        var bounded = new BoundedPasswordEncoder(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), 1);
        String hash = bounded.encode("correct horse");

        assertThat(bounded.matches("correct horse", hash)).isTrue();
        assertThat(bounded.matches("wrong horse", hash)).isFalse();
    }
}
