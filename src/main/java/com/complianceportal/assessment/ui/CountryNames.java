package com.complianceportal.assessment.ui;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Country names for the ISO codes the register stores; the portal speaks English. */
final class CountryNames {

    private CountryNames() {
    }

    /** "CN" → "China"; a code Java does not know stays as it is, none stays none. */
    static @Nullable String name(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.of("", code.strip()).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code.strip() : name;
    }
}
