package com.complianceportal.assessment.domain;

import java.time.Instant;

/**
 * The dashboard's figures as they were counted at {@code countedAt}. {@code updating} says that the register has
 * changed since then and that the figures are being counted again: until that ends they show the register as it was.
 */
public record DashboardSnapshot(DashboardFigures figures, Instant countedAt, boolean updating) {

    /** Figures that show the register as it is. */
    public static DashboardSnapshot current(DashboardFigures figures, Instant countedAt) {
        return new DashboardSnapshot(figures, countedAt, false);
    }
}
