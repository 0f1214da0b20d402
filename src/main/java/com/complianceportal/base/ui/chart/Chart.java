package com.complianceportal.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bar, horizontal bar or doughnut chart drawn in the browser by Chart.js (MIT licence). Follows Lumo light
 * and dark, resizes with its container (default height 18rem; change it with {@link #setHeight(String)}) and
 * gives screen readers a hidden data table. Labels and names are plain text, never rendered as HTML.
 */
@Tag("portal-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./chart/portal-chart.js")
public class Chart extends Component implements HasSize {

    private static final String INDEX = "event.detail.index";
    private static final String SERIES = "event.detail.series";

    private ChartKind kind = ChartKind.BAR;
    private String title = "";
    private List<String> labels = List.of();
    private List<ChartSeries> series = List.of();
    private @Nullable DomListenerRegistration clicks;

    public Chart() {
        this(ChartKind.BAR);
    }

    public Chart(ChartKind kind) {
        setKind(kind);
    }

    public void setKind(ChartKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        getElement().setProperty("kind", kind.clientName());
    }

    public ChartKind getKind() {
        return kind;
    }

    /** The heading drawn above the chart, also its accessible name; empty for none. */
    public void setTitle(String title) {
        this.title = Objects.requireNonNull(title, "title");
        getElement().setProperty("chartTitle", title);
    }

    public String getTitle() {
        return title;
    }

    /**
     * Replaces the chart's data.
     *
     * @param labels one label per bar group or segment
     * @param series one or more series, each with exactly one value per label (doughnuts draw the first)
     * @throws IllegalArgumentException if a series has not exactly one value per label
     */
    public void setData(List<String> labels, List<ChartSeries> series) {
        var newLabels = List.copyOf(labels);
        var newSeries = List.copyOf(series);
        for (var s : newSeries) {
            if (s.values().size() != newLabels.size()) {
                throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size()
                        + " values for " + newLabels.size() + " labels");
            }
        }
        this.labels = newLabels;
        this.series = newSeries;
        getElement().setPropertyList("labels", newLabels);
        getElement().setPropertyList("series", newSeries);
    }

    public List<String> getLabels() {
        return labels;
    }

    public List<ChartSeries> getSeries() {
        return series;
    }

    /**
     * Listens to clicks on bars and segments (and Enter on the item chosen with the arrow keys). While a listener
     * is registered the chart is focusable and shows a pointer over its items.
     */
    public Registration addSegmentClickListener(ComponentEventListener<SegmentClickEvent> listener) {
        if (clicks == null) {
            clicks = getElement().addEventListener("chart-click", this::onClientClick)
                    .addEventData(INDEX).addEventData(SERIES);
            getElement().setProperty("clickable", true);
        }
        var registration = addListener(SegmentClickEvent.class, listener);
        return () -> {
            registration.remove();
            if (!hasListener(SegmentClickEvent.class) && clicks != null) {
                clicks.remove();
                clicks = null;
                getElement().setProperty("clickable", false);
            }
        };
    }

    /** The browser sends only positions; anything out of range is ignored, the label comes from the server. */
    private void onClientClick(DomEvent event) {
        var data = event.getEventData();
        int index = data.path(INDEX).asInt(-1);
        int seriesIndex = data.path(SERIES).asInt(0);
        if (index < 0 || index >= labels.size()) {
            return;
        }
        if (seriesIndex < 0 || seriesIndex >= Math.max(1, series.size())) {
            seriesIndex = 0;
        }
        fireEvent(new SegmentClickEvent(this, index, labels.get(index), seriesIndex));
    }
}
