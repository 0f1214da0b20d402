package com.complianceportal.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes be computed at the same time; further sign-ins wait for a free slot in arrival order.
 * An Argon2id hash takes 16 MB of memory while it is computed and a CPU for tens of milliseconds: a department that
 * signs in at the same minute would otherwise hash on every server thread at once, fill the heap with those blocks
 * (forty at once exceed a 768 MB heap) and share the CPUs among all of them, so that every sign-in ends late. With
 * one hash per CPU the same sign-ins finish one after the other at the CPUs' pace, in a few megabytes.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore slots;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("At least one password hash must be allowed at a time");
        }
        this.delegate = delegate;
        this.slots = new Semaphore(concurrentHashes, true);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many callers wait for a slot now. */
    int waiting() {
        return slots.getQueueLength();
    }

    private <T> T bounded(Supplier<T> hash) {
        slots.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            slots.release();
        }
    }
}
