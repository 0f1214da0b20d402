package com.complianceportal.audit.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A finished CSV file of the audit log, waiting on the server's disk to be sent; closing it deletes it. */
public final class AuditExport implements AutoCloseable {

    private final Path file;
    private final String fileName;
    private final long rows;

    AuditExport(Path file, String fileName, long rows) {
        this.file = file;
        this.fileName = fileName;
        this.rows = rows;
    }

    /** For example {@code audit-log-2026-11-29.csv}. */
    public String fileName() {
        return fileName;
    }

    /** Entries in the file, the header row not counted. */
    public long rows() {
        return rows;
    }

    public long size() throws IOException {
        return Files.size(file);
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
