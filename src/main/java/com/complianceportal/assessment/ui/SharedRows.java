package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentRow;
import com.github.benmanes.caffeine.cache.Interner;

/**
 * The register rows in view, each once for all open tabs: the grid keeps the rows in view for every open tab, and
 * many people look at the same first pages of the register. A row no tab holds any more is collected as usual.
 */
final class SharedRows {

    private static final Interner<AssessmentRow> SHARED = Interner.newWeakInterner();

    private SharedRows() {
    }

    /** {@code row}, or the equal row some open tab already holds. */
    static AssessmentRow shared(AssessmentRow row) {
        return SHARED.intern(row);
    }
}
