package com.complianceportal.audit.service;

import com.complianceportal.audit.domain.AuditActions;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.shared.SpreadsheetText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Audit entries as RFC 4180 CSV in UTF-8 with a byte order mark, like the register's export: times in ISO-8601 UTC,
 * the action in words and as its code, text guarded against spreadsheet formulas.
 */
final class AuditCsv implements AutoCloseable {

    static final String[] HEADER = {"Time (UTC)", "Actor", "Action", "Action code", "Target", "Detail",
        "Remote address"};
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final CSVPrinter printer;
    private long rows;

    AuditCsv(OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    void write(AuditEvent event) {
        try {
            printer.printRecord(UTC.format(event.occurredAt()), text(event.username()),
                    text(AuditActions.label(event.action())), event.action().name(), text(event.target()),
                    text(event.detail()), text(event.remoteAddress()));
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : SpreadsheetText.guarded(value);
    }

    /** Flushes and closes the file. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
