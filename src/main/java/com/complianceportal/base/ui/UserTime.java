package com.complianceportal.base.ui;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates and times as the signed-in user reads them: in the browser's time zone and locale. */
public final class UserTime {

    private final ZoneId zone;
    private final Locale locale;

    private UserTime(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    /** The current user's zone (from the browser, UTC until it is known) and locale. */
    public static UserTime current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return new UserTime(ZoneId.of("UTC"), Locale.getDefault());
        }
        var details = ui.getPage().getExtendedClientDetails();
        ZoneId zone = ZoneId.of("UTC");
        if (details != null && details.getTimeZoneId() != null) {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (java.time.DateTimeException unknownZone) {
                zone = ZoneId.of("UTC");
            }
        }
        return new UserTime(zone, ui.getLocale());
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public String date(@Nullable OffsetDateTime value) {
        return value == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(value.atZoneSameInstant(zone));
    }

    public String dateTime(@Nullable OffsetDateTime value) {
        return value == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(value.atZoneSameInstant(zone));
    }
}
