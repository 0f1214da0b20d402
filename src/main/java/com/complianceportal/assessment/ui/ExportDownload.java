package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.service.export.AssessmentExporter;
import com.complianceportal.assessment.service.export.ExportFormat;
import com.complianceportal.assessment.service.export.ExportRefusedException;
import com.complianceportal.assessment.service.export.ExportResult;
import com.complianceportal.base.ui.error.ErrorReference;
import com.complianceportal.base.ui.error.FailureText;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;

/**
 * Writes one export straight into the download response. Runs in the download request's thread, which carries
 * the signed-in user (method security) but not the UI lock.
 */
final class ExportDownload implements DownloadHandler {

    private final AssessmentExporter exporter;
    private final ExportFormat format;
    private final Supplier<AssessmentFilter> filter;
    private final Supplier<List<AssessmentSort>> sort;
    private final Clock clock;
    private final ExportStatus status;

    ExportDownload(AssessmentExporter exporter, ExportFormat format, Supplier<AssessmentFilter> filter,
            Supplier<List<AssessmentSort>> sort, Clock clock, ExportStatus status) {
        this.exporter = exporter;
        this.format = format;
        this.filter = filter;
        this.sort = sort;
        this.clock = clock;
        this.status = status;
    }

    ExportFormat format() {
        return format;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        var query = new AtomicReference<Query>();
        // The filter lives in the view's fields, which only the UI lock may read.
        ui.accessSynchronously(() -> query.set(new Query(filter.get(), List.copyOf(sort.get()))));
        try {
            event.setFileName(exporter.fileName(format, LocalDate.now(clock)));
            event.setContentType(format.mediaType());
            ExportResult result;
            try (OutputStream out = new LazyOutput(event::getOutputStream)) {
                result = exporter.write(format, query.get().filter(), query.get().sort(), out,
                        (rows, total) -> update(ui, () -> status.progress(rows, total)));
            }
            update(ui, () -> status.finished(result.note()));
        } catch (ExportRefusedException refused) {
            // Nothing was sent yet: the browser reports a failed download, the page says why.
            event.getResponse().setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            update(ui, () -> status.refused(Texts.known(refused.getMessage())));
        } catch (IOException | RuntimeException e) {
            String reference = FailureText.in(e).isPresent() ? "" : ErrorReference.log(e);
            update(ui, () -> status.failed(FailureText.in(e).map(FailureText::of)
                    .orElseGet(() -> Texts.t("assessment.exportDownload.ifItFailsAgain", reference))));
            // Rethrown so that the response is aborted: the browser then reports a failed download, not a file.
            throw e;
        }
    }

    /** Queued for the UI; it reaches the browser with the next poll. */
    private static void update(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // The tab was closed; the file still downloads.
        }
    }

    private record Query(AssessmentFilter filter, List<AssessmentSort> sort) {
    }
}
