package com.complianceportal.assessment.service.export;

import org.jspecify.annotations.Nullable;

/**
 * What an export wrote: its rows, the register's total when it started, and, when the file stops short of that total,
 * the note that tells the user why (the same words as the note sheet of an Excel file).
 */
public record ExportResult(long rows, long total, @Nullable String note) {

    public boolean complete() {
        return note == null;
    }
}
