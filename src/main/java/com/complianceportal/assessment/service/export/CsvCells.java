package com.complianceportal.assessment.service.export;

import com.complianceportal.shared.SpreadsheetText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Turns cell values into CSV text: ISO-8601 UTC date-times, ISO-8601 calendar dates, plain numbers, text guarded
 * against formulas.
 */
final class CsvCells {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private CsvCells() {
    }

    static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case OffsetDateTime time -> UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS));
            case LocalDate date -> date.toString();
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            default -> guarded(value.toString());
        };
    }

    /** Vendor text is untrusted: a leading quote makes a would-be formula plain text. */
    static String guarded(String text) {
        return SpreadsheetText.guarded(text);
    }
}
