package com.complianceportal.audit.service;

import com.complianceportal.audit.domain.AuditEntries;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditFilter;
import com.complianceportal.base.security.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators read the audit log: filtered, newest first, a page at a time, and as a CSV file. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AuditTrail {

    /** The largest page one call may ask for. */
    public static final int MAX_PAGE_SIZE = 500;
    /** Exports written at the same time, by all administrators together: each holds a database connection. */
    static final int MAX_CONCURRENT_EXPORTS = 2;

    final Semaphore exports = new Semaphore(MAX_CONCURRENT_EXPORTS);

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return limit == 0 ? List.of() : entries.page(filter, offset, Math.min(limit, MAX_PAGE_SIZE));
    }

    public long count(AuditFilter filter) {
        return entries.count(filter);
    }

    /**
     * Writes the matching entries, newest first, into a CSV file on the server's disk and returns it; the caller sends
     * it and closes it, which deletes it. The database connection is held only while the file is written, never while
     * a browser reads it. At most {@value #MAX_CONCURRENT_EXPORTS} exports are written at once; another is refused
     * with {@link AuditExportBusyException}.
     */
    public AuditExport export(AuditFilter filter) {
        if (!exports.tryAcquire()) {
            throw new AuditExportBusyException();
        }
        try {
            return write(filter);
        } finally {
            exports.release();
        }
    }

    private AuditExport write(AuditFilter filter) {
        @Nullable Path file = null;
        try {
            file = Files.createTempFile("audit-", ".csv");
            long rows;
            try (var csv = new AuditCsv(Files.newOutputStream(file))) {
                entries.forEach(filter, csv::write);
                rows = csv.rows();
            }
            return new AuditExport(file, "audit-log-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv", rows);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file; the operating system clears its temporary directory in time.
            }
        }
    }
}
