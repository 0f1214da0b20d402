package com.complianceportal.base.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * One data set of a {@link Chart}: a name (shown in the legend, tooltip and data table) and one value per label.
 *
 * @param name    the series name; plain text, never rendered as HTML
 * @param values  one value per chart label, in the same order
 * @param colours CSS colours: none for the default Lumo palette, one for the whole series, or one per value
 *                (e.g. for doughnut segments). Lumo properties such as {@code var(--lumo-error-color)} follow
 *                light and dark.
 */
public record ChartSeries(String name, List<? extends Number> values, List<String> colours) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        colours = List.copyOf(colours);
    }

    /** A series in the default palette colours. */
    public static ChartSeries of(String name, List<? extends Number> values) {
        return new ChartSeries(name, values, List.of());
    }

    /** This series with the given colours (one for all values, or one per value). */
    public ChartSeries withColours(String... colours) {
        return new ChartSeries(name, values, List.of(colours));
    }
}
