package com.complianceportal.assessment.service.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary file that holds one export until it is sent; deleted when closed. */
final class ExportSpool implements AutoCloseable {

    private final Path file;

    private ExportSpool(Path file) {
        this.file = file;
    }

    static ExportSpool create(ExportFormat format) throws IOException {
        return new ExportSpool(Files.createTempFile("portal-export-", "." + format.extension()));
    }

    OutputStream output() throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file));
    }

    /** Sends the file to {@code out}, which stays open. */
    void copyTo(OutputStream out) throws IOException {
        Files.copy(file, out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
