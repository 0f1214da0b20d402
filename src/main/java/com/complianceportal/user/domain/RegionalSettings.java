package com.complianceportal.user.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language and time zone a user chose; {@code null} for either means "as the browser says".
 *
 * @param language {@code en} or {@code de}
 * @param timeZone a time-zone id such as {@code Europe/Berlin}
 */
public record RegionalSettings(@Nullable String language, @Nullable String timeZone) {

    /** The languages a user may choose. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    /** Follows the browser in both. */
    public static final RegionalSettings BROWSER = new RegionalSettings(null, null);

    public RegionalSettings {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("unknown language");
        }
        if (timeZone != null) {
            ZoneId.of(timeZone);
        }
    }

    /** The chosen language as a locale, none when the browser decides. */
    public @Nullable Locale locale() {
        return language == null ? null : Locale.of(language);
    }

    /** The chosen time zone, none when the browser decides. */
    public @Nullable ZoneId zone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }
}
