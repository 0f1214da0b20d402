package com.complianceportal.assessment.upstream;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rise filters by ISO country code ("US", "CN"); users may type the code or the country's English name. */
final class RiseCountries {

    /** Every ISO 3166 alpha-2 code, as suggestions for the country filter. */
    static final List<String> CODES = Arrays.stream(Locale.getISOCountries()).sorted().toList();
    private static final Map<String, String> BY_NAME = CODES.stream().collect(Collectors.toMap(
            code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT),
            Function.identity(), (first, second) -> first));

    private RiseCountries() {
    }

    /** The code for a code in any case or an English country name; anything else as it was typed. */
    static String code(String value) {
        String typed = value.strip();
        String upper = typed.toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return upper;
        }
        return BY_NAME.getOrDefault(typed.toLowerCase(Locale.ROOT), typed);
    }
}
