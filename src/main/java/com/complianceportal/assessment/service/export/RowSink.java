package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Takes the streamed rows one by one into a writer, counting them, reporting progress and stopping at a limit. */
final class RowSink implements Consumer<AssessmentSummary> {

    private final RowWriter writer;
    private final ExportProgress progress;
    private final long expectedTotal;
    private final int progressEvery;
    private final long limit;
    private long rows;

    /** {@code limit}: the most rows the source gives to one export. */
    RowSink(RowWriter writer, ExportProgress progress, long expectedTotal, int progressEvery, long limit) {
        this.writer = writer;
        this.progress = progress;
        this.expectedTotal = expectedTotal;
        this.progressEvery = progressEvery;
        this.limit = limit;
    }

    @Override
    public void accept(AssessmentSummary row) {
        if (rows >= limit || !writer.accepts()) {
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

    /** Ends the stream early when the format or the limit is full; carries no stack trace, it is not an error. */
    static final class LimitReached extends RuntimeException {
        LimitReached() {
            super("The export holds no more rows", null, false, false);
        }
    }
}
