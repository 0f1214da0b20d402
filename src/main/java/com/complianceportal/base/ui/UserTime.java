package com.complianceportal.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Dates and times as the signed-in user reads them, in the browser's locale. A calendar date (a due date, an audit
 * day) is shown as that day, whatever the reader's time zone; a moment is shown in the user's time zone, named.
 */
public final class UserTime {

    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter moments;

    UserTime(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.moments = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .appendLiteral(' ').appendZoneText(TextStyle.SHORT).toFormatter(locale);
    }

    /** The current user's zone (the one chosen on the account page, else the browser's, UTC until known) and locale. */
    public static UserTime current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return new UserTime(ZoneId.of("UTC"), Locale.getDefault());
        }
        ZoneId chosen = ComponentUtil.getData(ui, ZoneId.class);
        if (chosen != null) {
            return new UserTime(chosen, ui.getLocale());
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

    /** The locale of formats: numbers, dates and times. */
    public Locale locale() {
        return locale;
    }

    /** The language of the portal's texts, country names among them: German or English. */
    public Locale language() {
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    /** A calendar date, e.g. "Oct 4, 2026" or "04.10.2026"; empty when there is none. */
    public String date(@Nullable LocalDate value) {
        return value == null ? "" : dates.format(value);
    }

    /** A moment in the user's time zone, with the zone's name, e.g. "Oct 4, 2026, 10:36 AM PDT". */
    public String dateTime(@Nullable OffsetDateTime value) {
        return value == null ? "" : moments.format(value.atZoneSameInstant(zone));
    }
}
