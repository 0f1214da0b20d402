package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import java.io.Closeable;
import java.io.IOException;

/** Writes register rows to a file format as they arrive; holds no more than a bounded window of them. */
interface RowWriter extends Closeable {

    /** False once the format cannot take another row (an Excel sheet's row limit). */
    boolean accepts();

    void write(AssessmentSummary row) throws IOException;

    /**
     * Completes the file on the output stream, which stays open.
     *
     * @param cutOff true when rows were left out because {@link #accepts()} turned false
     * @param expectedTotal the register count, for the note that says what was left out
     */
    void finish(boolean cutOff, long expectedTotal) throws IOException;

    /** Frees what the writer holds (temporary files); never closes the output stream. */
    @Override
    void close() throws IOException;
}
