package com.complianceportal.base.ui;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Country names for the ISO 3166 codes the data carries, in the reader's language ("CN" is "China", "China"). */
public final class Countries {

    private Countries() {
    }

    /** The name of the country ("CN": "China"), or the code itself when it is not a known country code; none for none. */
    public static @Nullable String name(@Nullable String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.of("", code.strip()).getDisplayCountry(locale);
        return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code.strip() : name;
    }
}
