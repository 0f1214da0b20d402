package com.complianceportal.assessment.ui;

import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How far the running exports are. The app has no server push, so the page polls while a download runs; the
 * click that starts polling and the download request race, hence the two counters.
 */
final class ExportStatus extends HorizontalLayout {

    static final int POLL_MILLIS = 500;

    private @Nullable ProgressBar bar;
    private @Nullable Span text;
    private int requested;
    private int ended;

    ExportStatus() {
        setId("export-status");
        setAlignItems(Alignment.CENTER);
        setPadding(false);
        setVisible(false);
        addDetachListener(e -> e.getUI().setPollInterval(-1));
    }

    /** The bar and its text, made on the first export: every open register holds this component. */
    private ProgressBar bar() {
        if (bar == null) {
            bar = new ProgressBar();
            bar.setWidth("10rem");
            bar.getElement().setAttribute("aria-label", Texts.t("assessment.exportStatus.exportProgress"));
            text = new Span();
            text.setId("export-status-text");
            add(bar, text);
        }
        return bar;
    }

    private Span text() {
        bar();
        return Objects.requireNonNull(text);
    }

    /** The user clicked an export link; the download itself arrives as a separate request. */
    void requested() {
        requested++;
        if (ended < requested) {
            bar().setIndeterminate(true);
            text().setText(Texts.t("assessment.exportStatus.preparingExport"));
            setVisible(true);
            getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
        }
    }

    void progress(long rows, long total) {
        bar().setIndeterminate(total <= 0);
        bar().setValue(total <= 0 ? 0 : Math.min(1.0, (double) rows / total));
        text().setText(Texts.t("assessment.exportStatus.rows", rows, total));
        setVisible(true);
    }

    /** The file is complete; {@code note} says why it holds fewer rows than the register, if it does. */
    void finished(@Nullable String note) {
        finished();
        if (note != null) {
            var notice = new Notification(note);
            notice.setId("export-cut-off-notice");
            notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notice.setPosition(Notification.Position.TOP_CENTER);
            notice.setDuration(15_000);
            notice.open();
        }
    }

    void finished() {
        ended++;
        if (ended >= requested) {
            setVisible(false);
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** The export did not start because others are running; {@code why} says so and what to do. */
    void refused(String why) {
        finished();
        var notification = new Notification(why);
        notification.setId("export-refused-notice");
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(10_000);
        notification.open();
    }

    /** The export broke off; {@code why} says why, or how to report it. */
    void failed(String why) {
        finished();
        var notification = new Notification(Texts.t("assessment.exportStatus.theExportStoppedBefore", why));
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(10_000);
        notification.open();
    }
}
