package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Writes register rows to a file format as they arrive; holds no more than a bounded window of them. */
interface RowWriter extends Closeable {

    /** False once the format cannot take another row (an Excel sheet's row limit). */
    boolean accepts();

    void write(AssessmentSummary row) throws IOException;

    /**
     * Completes the file on the output stream, which stays open.
     *
     * @param note why rows were left out, for formats that can say so in the file; null when none were
     */
    void finish(@Nullable String note) throws IOException;

    /** Frees what the writer holds (temporary files); never closes the output stream. */
    @Override
    void close() throws IOException;
}
