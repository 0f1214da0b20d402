package com.complianceportal.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChartTest {

    private final Chart chart = new Chart();

    @Test
    void kind_and_title_become_element_properties() {
        assertThat(chart.getElement().getTag()).isEqualTo("portal-chart");
        assertThat(chart.getElement().getProperty("kind")).isEqualTo("bar");

        chart.setKind(ChartKind.HORIZONTAL_BAR);
        chart.setTitle("Findings by severity");

        assertThat(chart.getElement().getProperty("kind")).isEqualTo("horizontal-bar");
        assertThat(chart.getElement().getProperty("chartTitle")).isEqualTo("Findings by severity");
        assertThat(chart.getElement().hasAttribute("title")).isFalse();
    }

    @Test
    void data_is_sent_as_json_with_labels_as_plain_strings() {
        chart.setData(List.of("<b>Major</b>", "Minor"), List.of(
                ChartSeries.of("Open", List.of(3, 5)).withColours("var(--lumo-error-color)"),
                ChartSeries.of("Closed", List.of(1.5, 0))));

        JsonNode labels = json("labels");
        assertThat(labels.isArray()).isTrue();
        assertThat(labels.get(0).asString()).isEqualTo("<b>Major</b>");
        JsonNode series = json("series");
        assertThat(series.size()).isEqualTo(2);
        assertThat(series.get(0).get("name").asString()).isEqualTo("Open");
        assertThat(series.get(0).get("values").get(1).asInt()).isEqualTo(5);
        assertThat(series.get(0).get("colours").get(0).asString()).isEqualTo("var(--lumo-error-color)");
        assertThat(series.get(1).get("values").get(0).asDouble()).isEqualTo(1.5);
        assertThat(series.get(1).get("colours").isEmpty()).isTrue();
    }

    @Test
    void a_series_needs_one_value_per_label() {
        assertThatThrownBy(() -> chart.setData(List.of("A", "B"), List.of(ChartSeries.of("Open", List.of(1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 labels");
        assertThat(chart.getLabels()).isEmpty();
    }

    @Test
    void a_click_in_the_browser_reaches_the_listener_with_the_servers_label() {
        chart.setData(List.of("Major", "Minor"), List.of(ChartSeries.of("Open", List.of(3, 5))));
        List<SegmentClickEvent> clicks = new ArrayList<>();
        chart.addSegmentClickListener(clicks::add);
        assertThat(chart.getElement().getProperty("clickable", false)).isTrue();

        clickInBrowser(1, 0);

        assertThat(clicks).singleElement().satisfies(e -> {
            assertThat(e.getIndex()).isEqualTo(1);
            assertThat(e.getLabel()).isEqualTo("Minor");
            assertThat(e.getSeriesIndex()).isZero();
            assertThat(e.isFromClient()).isTrue();
        });
    }

    @Test
    void an_index_out_of_range_from_the_browser_is_ignored() {
        chart.setData(List.of("Major"), List.of(ChartSeries.of("Open", List.of(3))));
        List<SegmentClickEvent> clicks = new ArrayList<>();
        chart.addSegmentClickListener(clicks::add);

        clickInBrowser(7, 0);
        clickInBrowser(-1, 0);

        assertThat(clicks).isEmpty();
    }

    @Test
    void removing_the_last_listener_makes_the_chart_not_clickable() {
        var registration = chart.addSegmentClickListener(e -> { });
        registration.remove();
        assertThat(chart.getElement().getProperty("clickable", true)).isFalse();
    }

    private JsonNode json(String property) {
        return (JsonNode) chart.getElement().getPropertyRaw(property);
    }

    private void clickInBrowser(int index, int series) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail.index", index);
        data.put("event.detail.series", series);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "chart-click", data));
    }
}
