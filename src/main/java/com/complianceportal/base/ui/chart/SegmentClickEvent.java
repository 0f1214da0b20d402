package com.complianceportal.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;

/** A user clicked (or chose with the keyboard) the bar or segment of one label. */
public final class SegmentClickEvent extends ComponentEvent<Chart> {

    private final int index;
    private final String label;
    private final int seriesIndex;

    SegmentClickEvent(Chart source, int index, String label, int seriesIndex) {
        super(source, true);
        this.index = index;
        this.label = label;
        this.seriesIndex = seriesIndex;
    }

    /** Position of the label in the chart's labels. */
    public int getIndex() {
        return index;
    }

    /** The label, taken from the server-side data (not from the browser). */
    public String getLabel() {
        return label;
    }

    /** Position of the clicked series (0 for doughnuts and single-series charts). */
    public int getSeriesIndex() {
        return seriesIndex;
    }
}
