package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads the accents), one header row, no row limit. A note
 * about rows left out is not written into the file, where it would read as a row; the screen shows it.
 */
final class CsvRowWriter implements RowWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<ExportColumn> columns;
    private final CSVPrinter printer;

    CsvRowWriter(OutputStream out, List<ExportColumn> columns) throws IOException {
        this.columns = columns;
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BYTE_ORDER_MARK);
        var format = CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(ExportColumn::header).toArray(String[]::new))
                .get();
        this.printer = new CSVPrinter(writer, format);
    }

    @Override
    public boolean accepts() {
        return true;
    }

    @Override
    public void write(AssessmentSummary row) throws IOException {
        for (ExportColumn column : columns) {
            printer.print(CsvCells.text(column.value().apply(row)));
        }
        printer.println();
    }

    @Override
    public void finish(@Nullable String note) throws IOException {
        printer.flush();
    }

    @Override
    public void close() {
        // The printer only wraps the caller's stream, which the caller closes; everything was flushed by finish.
    }
}
