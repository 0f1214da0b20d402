package com.complianceportal.base.ui.chart;

/** How a {@link Chart} draws its data. */
public enum ChartKind {
    /** Vertical bars, one group per label. */
    BAR("bar"),
    /** Horizontal bars, one row per label: best for long labels and narrow screens. */
    HORIZONTAL_BAR("horizontal-bar"),
    /** A ring of segments, one per label; uses the first series only. */
    DOUGHNUT("doughnut");

    private final String clientName;

    ChartKind(String clientName) {
        this.clientName = clientName;
    }

    /** The value of the web component's {@code kind} property. */
    String clientName() {
        return clientName;
    }
}
