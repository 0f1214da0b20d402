package com.complianceportal.assessment.service.export;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the exports that run at once: one per user, {@code portal.export.max-concurrent} in all. An export holds
 * its slot until the browser has the last byte, so a slow download never lets more files pile up on the server.
 */
@Component
class ExportSlots {

    static final String ALREADY_RUNNING = "An export is already running. Wait until its file has downloaded, then try"
            + " again.";
    static final String BUSY = "The portal is busy with other exports. Try again in a minute.";

    private final Semaphore slots;
    private final Set<String> users = ConcurrentHashMap.newKeySet();

    ExportSlots(@Value("${portal.export.max-concurrent:4}") int maxConcurrent) {
        this.slots = new Semaphore(Math.max(1, maxConcurrent));
    }

    /** A slot for {@code username}'s export, to be closed when it has ended; refused when none is free. */
    Slot take(String username) {
        if (!users.add(username)) {
            throw new ExportRefusedException(ALREADY_RUNNING);
        }
        if (!slots.tryAcquire()) {
            users.remove(username);
            throw new ExportRefusedException(BUSY);
        }
        return new Slot(this, username);
    }

    private void free(String username) {
        users.remove(username);
        slots.release();
    }

    /** One running export; closing it twice frees it once. */
    public static final class Slot implements AutoCloseable {
        private final ExportSlots owner;
        private final String username;
        private boolean open = true;

        private Slot(ExportSlots owner, String username) {
            this.owner = owner;
            this.username = username;
        }

        @Override
        public synchronized void close() {
            if (open) {
                open = false;
                owner.free(username);
            }
        }
    }
}
