package com.complianceportal.dashboard.ui;

import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * Says that the figures shown are being counted again after a change to the register, and when the shown ones were
 * counted; meanwhile the page asks for the figures again every second (the app has no server push), and stops once
 * they are current. A polite live region that is always on the page (empty while the figures are current), so that
 * screen readers announce the note when it appears and when it goes.
 */
final class UpdatingNote extends Div {

    /** How often the page asks for the figures while they are being updated. */
    static final int POLL_MILLIS = 1_000;

    private final Runnable refresh;
    private boolean updating;
    private @Nullable Registration polling;

    /** {@code refresh} asks for the figures again and shows them (with {@link #show}). */
    UpdatingNote(Runnable refresh) {
        this.refresh = refresh;
        setId("dashboard-updating");
        addClassName("dashboard-updating");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(DashboardSnapshot snapshot) {
        updating = snapshot.updating();
        if (updating) {
            UserTime time = UserTime.current();
            String countedAt = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(time.locale())
                    .withZone(time.zone()).format(snapshot.countedAt());
            setText(Texts.t("dashboard.updating", countedAt));
        } else {
            setText("");
        }
        getUI().ifPresent(this::poll);
    }

    /** Stops asking, for example when the source cannot answer now. */
    void stop() {
        updating = false;
        getUI().ifPresent(this::poll);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        poll(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        updating = false;
        poll(detach.getUI());
    }

    private void poll(UI ui) {
        if (updating && polling == null) {
            polling = ui.addPollListener(poll -> refresh.run());
            ui.setPollInterval(POLL_MILLIS);
        } else if (!updating && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
