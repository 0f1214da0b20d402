package com.complianceportal.admin.ui;

import com.complianceportal.audit.domain.AuditFilter;
import com.complianceportal.audit.service.AuditExport;
import com.complianceportal.audit.service.AuditExportBusyException;
import com.complianceportal.audit.service.AuditTrail;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The audit log as filtered now, as a CSV file. The service writes the file on the server first (holding a database
 * connection only for that), then it is sent to the browser at whatever pace the browser reads, and deleted. When
 * too many exports are being written, the admin is told so and nothing is downloaded.
 */
final class AuditDownload implements DownloadHandler {

    private final AuditTrail trail;
    private final Supplier<AuditFilter> filter;

    AuditDownload(AuditTrail trail, Supplier<AuditFilter> filter) {
        this.trail = trail;
        this.filter = filter;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        var current = new AtomicReference<AuditFilter>();
        // The filter lives in the view, which only the UI lock may read.
        ui.accessSynchronously(() -> current.set(filter.get()));
        AuditExport export;
        try {
            export = trail.export(current.get());
        } catch (AuditExportBusyException busy) {
            ui.access(() -> {
                var notice = Notification.show(Texts.known(busy.getMessage()), 8000,
                        Notification.Position.BOTTOM_START);
                notice.setId("audit-export-busy");
            });
            event.getResponse().setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try (export) {
            event.setFileName(export.fileName());
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(export.size());
            try (InputStream in = export.open(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
