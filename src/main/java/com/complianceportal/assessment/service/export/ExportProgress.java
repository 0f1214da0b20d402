package com.complianceportal.assessment.service.export;

/** Hears how far an export is; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (rowsWritten, expectedTotal) -> {
    };

    /**
     * Called with 0 before the first row, then every {@link AssessmentExporter#PROGRESS_EVERY} rows, and once
     * when the file is complete. {@code expectedTotal} is the register count when the export started.
     */
    void rowsWritten(long rowsWritten, long expectedTotal);
}
