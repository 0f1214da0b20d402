package com.complianceportal.assessment.service.export;

import java.util.Locale;

/** Why a file holds fewer rows than the register, in the words of the note sheet and of the screen. */
final class CutOffNotes {

    private CutOffNotes() {
    }

    static String sheetFull(long rows, long total) {
        return String.format(Locale.ENGLISH, "This file holds the first %,d of %,d assessments: an Excel sheet cannot "
                + "hold more rows. Export as CSV to get them all.", rows, Math.max(total, rows + 1L));
    }

    static String sourceLimit(long rows, long total, String source, long limit) {
        return String.format(Locale.ENGLISH, "This file holds the first %,d of %,d assessments: %s gives at most %,d "
                + "rows to one export. Narrow the filters and export again to get the rest.", rows,
                Math.max(total, rows + 1L), source, limit);
    }
}
