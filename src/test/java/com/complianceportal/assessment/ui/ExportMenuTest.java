package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.service.GeneratedAssessments;
import com.complianceportal.assessment.service.SampleAssessments;
import com.complianceportal.assessment.service.export.Exporters;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportMenuTest extends BrowserlessTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private final GeneratedAssessments source = new GeneratedAssessments(2_500);
    private final AssessmentFilter filter = AssessmentFilter.NONE.withCountry("FR");
    private final List<AssessmentSort> sort = List.of(new AssessmentSort(AssessmentSort.Field.DUE_DATE, false));
    private ExportMenu menu;

    @BeforeEach
    void showMenu() {
        menu = new ExportMenu(Exporters.over(source.service()), () -> filter, () -> sort, CLOCK);
        UI.getCurrent().add(menu);
    }

    private Anchor link(String id) {
        return find(Anchor.class).withId(id).single();
    }

    private ExportStatus status() {
        return menu.getChildren().filter(ExportStatus.class::isInstance).map(ExportStatus.class::cast).findFirst()
                .orElseThrow();
    }

    private void click(Anchor anchor) {
        anchor.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(anchor.getElement(), "click", JacksonUtils.createObjectNode()));
    }

    @Test
    void offers_csv_and_excel_as_download_links() {
        assertThat(link("export-csv").getElement().getTextRecursively()).isEqualTo("Export CSV");
        assertThat(link("export-xlsx").getElement().getTextRecursively()).isEqualTo("Export Excel");
        assertThat(link("export-csv").getElement().hasAttribute("download")).isTrue();
        assertThat(status().isVisible()).isFalse();
    }

    @Test
    void downloads_the_register_as_currently_filtered_and_sorted() {
        var out = new ByteArrayOutputStream();

        test(link("export-csv")).download(out);

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2_501);
        assertThat(source.lastFilter()).isEqualTo(filter);
        assertThat(source.lastSort()).isEqualTo(sort);
    }

    @Test
    void shows_progress_and_polls_while_the_download_runs_then_stops() {
        click(link("export-csv"));

        assertThat(status().isVisible()).isTrue();
        assertThat(statusText()).isEqualTo("Preparing export…");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ExportStatus.POLL_MILLIS);

        status().progress(1_000, 2_500);
        assertThat(statusText()).isEqualTo("1,000 of 2,500 rows");

        test(link("export-csv")).download(new ByteArrayOutputStream());
        runQueuedUiUpdates();

        assertThat(status().isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void an_export_cut_at_the_sources_limit_tells_the_user_how_many_rows_it_holds() {
        UI.getCurrent().remove(menu);
        menu = new ExportMenu(Exporters.over(new GeneratedAssessments(2_500).limitedTo(1_000).service()),
                () -> filter, () -> sort, CLOCK);
        UI.getCurrent().add(menu);
        var out = new ByteArrayOutputStream();
        click(link("export-csv"));

        test(link("export-csv")).download(out);
        runQueuedUiUpdates();

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1_001);
        Notification notice = find(Notification.class).withId("export-cut-off-notice").single();
        assertThat(test(notice).getText()).startsWith("This file holds the first 1,000 of 2,500 assessments")
                .contains("Narrow the filters");
        assertThat(status().isVisible()).isFalse();
    }

    @Test
    void a_complete_export_shows_no_notice() {
        test(link("export-csv")).download(new ByteArrayOutputStream());
        runQueuedUiUpdates();

        assertThat(find(Notification.class).all()).isEmpty();
    }

    @Test
    void ignores_a_click_that_arrives_after_its_download_has_finished() {
        test(link("export-csv")).download(new ByteArrayOutputStream());
        runQueuedUiUpdates();
        click(link("export-csv"));

        assertThat(status().isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void tells_the_user_when_an_export_fails_and_aborts_the_download() {
        var failing = new GeneratedAssessments(10, i -> {
            if (i == 5) {
                throw new IllegalStateException("The database connection was closed");
            }
            return SampleAssessments.row(i);
        });
        UI.getCurrent().remove(menu);
        menu = new ExportMenu(Exporters.over(failing.service()), () -> filter, () -> sort, CLOCK);
        UI.getCurrent().add(menu);
        click(link("export-csv"));

        assertThatThrownBy(() -> test(link("export-csv")).download(new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessage("The database connection was closed");
        runQueuedUiUpdates();

        assertThat(test(find(Notification.class).single()).getText()).startsWith("The export stopped before")
                .contains("quote reference").doesNotContain("database");
        assertThat(status().isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    /** The download queues its UI updates; a real server runs them when the session lock is released. */
    private static void runQueuedUiUpdates() {
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private String statusText() {
        return status().getChildren().filter(c -> c.getId().orElse("").equals("export-status-text"))
                .map(c -> ((Span) c).getText()).findFirst().orElseThrow();
    }
}
