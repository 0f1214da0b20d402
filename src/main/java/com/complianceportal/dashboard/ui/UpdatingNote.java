package com.complianceportal.dashboard.ui;

import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Says that the figures shown are being counted again after a change to the register, and when the shown ones were
 * counted. A polite live region that is always on the page (empty while the figures are current), so that screen
 * readers announce the note when it appears and when it goes.
 */
final class UpdatingNote extends Div {

    UpdatingNote() {
        setId("dashboard-updating");
        addClassName("dashboard-updating");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(DashboardSnapshot snapshot) {
        if (!snapshot.updating()) {
            setText("");
            return;
        }
        UserTime time = UserTime.current();
        String countedAt = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(time.locale())
                .withZone(time.zone()).format(snapshot.countedAt());
        setText(Texts.t("dashboard.updating", countedAt));
    }
}
