package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.security.Roles;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Exports the filtered, sorted register as a file, writing each row as the source streams it: nothing is
 * collected, so the size of the set does not matter for memory. The file is first written to a temporary file and only
 * then sent, so that the source (a database connection, a vendor's paging) is never held while a slow client reads.
 * One export per user and a few in all run at once ({@link ExportSlots}). A file stops at the source's export limit
 * and an Excel file at a sheet's row limit; the result (and an Excel file's note sheet) then says so.
 */
@Service
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class AssessmentExporter {

    /** Progress is reported after every so many rows. */
    public static final int PROGRESS_EVERY = 1_000;

    private final AssessmentService assessments;
    private final ExportSlots slots;
    /** The counter of rows written to export files, by format. */
    static final String ROWS_COUNTER = "portal.export.rows";

    private final int xlsxRowLimit;
    private final MeterRegistry meters;

    @Autowired
    AssessmentExporter(AssessmentService assessments, ExportSlots slots, MeterRegistry meters) {
        this(assessments, slots, XlsxRowWriter.MAX_DATA_ROWS, meters);
    }

    AssessmentExporter(AssessmentService assessments) {
        this(assessments, XlsxRowWriter.MAX_DATA_ROWS);
    }

    AssessmentExporter(AssessmentService assessments, int xlsxRowLimit) {
        this(assessments, new ExportSlots(4), xlsxRowLimit, new SimpleMeterRegistry());
    }

    private AssessmentExporter(AssessmentService assessments, ExportSlots slots, int xlsxRowLimit,
            MeterRegistry meters) {
        this.assessments = assessments;
        this.slots = slots;
        this.xlsxRowLimit = xlsxRowLimit;
        this.meters = meters;
    }

    /**
     * Writes the whole file to {@code out}, which stays open; rows in the order of {@code sort}. Progress counts
     * towards the register's total, or towards the source's export limit where that is smaller. Nothing is written to
     * {@code out} before the file is complete; an export refused for the limits throws
     * {@link ExportRefusedException} before anything else.
     */
    public ExportResult write(ExportFormat format, AssessmentFilter filter, List<AssessmentSort> sort,
            OutputStream out, ExportProgress progress) throws IOException {
        try (var slot = slots.take(currentUser()); var spool = ExportSpool.create(format)) {
            ExportResult result;
            try (OutputStream file = spool.output()) {
                result = writeFile(format, filter, sort, file, progress);
            }
            spool.copyTo(out);
            return result;
        }
    }

    private ExportResult writeFile(ExportFormat format, AssessmentFilter filter, List<AssessmentSort> sort,
            OutputStream out, ExportProgress progress) throws IOException {
        long total = assessments.count(filter);
        SourceCapabilities source = assessments.capabilities();
        long limit = source.maxExportRows();
        long expected = Math.min(total, limit);
        progress.rowsWritten(0, expected);
        try (RowWriter writer = open(format, out)) {
            var sink = new RowSink(writer, progress, expected, PROGRESS_EVERY, limit);
            boolean full = streamInto(sink, filter, sort);
            long rows = sink.rows();
            String note = rows >= limit && total > rows ? CutOffNotes.sourceLimit(rows, total, source.name(), limit)
                    : full ? CutOffNotes.sheetFull(rows, total) : null;
            writer.finish(note);
            Counter.builder(ROWS_COUNTER).description("Rows written to export files, by format")
                    .tag("format", format.extension()).register(meters).increment(rows);
            progress.rowsWritten(rows, expected);
            return new ExportResult(rows, total, note);
        }
    }

    private static String currentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? "" : user.getName();
    }

    /** For example {@code assessments-2026-11-25.csv}. */
    public String fileName(ExportFormat format, LocalDate date) {
        return "assessments-" + date + "." + format.extension();
    }

    private RowWriter open(ExportFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new CsvRowWriter(out, ExportColumns.ALL);
            case XLSX -> new XlsxRowWriter(out, ExportColumns.ALL, xlsxRowLimit);
        };
    }

    /** Returns true when the format's or the source's limit ended the stream before the last row. */
    private boolean streamInto(RowSink sink, AssessmentFilter filter, List<AssessmentSort> sort) throws IOException {
        try {
            assessments.stream(filter, sort, sink);
            return false;
        } catch (RuntimeException e) {
            if (causeOf(e, RowSink.LimitReached.class) != null) {
                return true;
            }
            var io = causeOf(e, UncheckedIOException.class);
            if (io != null) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** The source may wrap what the sink throws (a JDBC template does), so look down the chain. */
    private static <T extends Throwable> @Nullable T causeOf(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
