package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Takes the streamed rows one by one into a writer, counting them and reporting progress. */
final class RowSink implements Consumer<AssessmentSummary> {

    private final RowWriter writer;
    private final ExportProgress progress;
    private final long expectedTotal;
    private final int progressEvery;
    private long rows;

    RowSink(RowWriter writer, ExportProgress progress, long expectedTotal, int progressEvery) {
        this.writer = writer;
        this.progress = progress;
        this.expectedTotal = expectedTotal;
        this.progressEvery = progressEvery;
    }

    @Override
    public void accept(AssessmentSummary row) {
        if (!writer.accepts()) {
            throw new LimitReached();
        }
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
        if (rows % progressEvery == 0) {
            progress.rowsWritten(rows, expectedTotal);
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the stream early when the format is full; carries no stack trace, it is not an error. */
    static final class LimitReached extends RuntimeException {
        LimitReached() {
            super("The export format holds no more rows", null, false, false);
        }
    }
}
