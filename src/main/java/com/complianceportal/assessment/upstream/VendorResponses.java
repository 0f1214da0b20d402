package com.complianceportal.assessment.upstream;

import com.complianceportal.base.failure.SourceFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** A vendor's HTTP answer read into JSON, or into the failure it stands for. */
final class VendorResponses {

    private VendorResponses() {
    }

    /** The body is read as bytes: JSON is parsed from them straight away, without a copy as text first. */
    static JsonNode read(String vendor, ResponseEntity<byte[]> response) {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody();
        if (status >= 200 && status < 300) {
            try {
                return blank(body) ? Json.MAPPER.nullNode() : Json.parse(body);
            } catch (JacksonException unreadable) {
                throw new SourceFailure.Unavailable(vendor, "an answer that is not JSON", unreadable);
            }
        }
        String text = body == null ? null : new String(body, StandardCharsets.UTF_8);
        throw switch (status) {
            case 401, 403 -> new SourceFailure.KeyRejected(vendor, status);
            case 429 -> new SourceFailure.Busy(vendor, retryAfter(response.getHeaders()));
            case 400, 404, 409, 410, 412, 422 -> new SourceFailure.Refused(vendor, status, message(text));
            default -> status >= 500 ? new SourceFailure.Unavailable(vendor, "HTTP " + status, null)
                    : new SourceFailure.Refused(vendor, status, message(text));
        };
    }

    private static boolean blank(byte @Nullable [] body) {
        if (body != null) {
            for (byte b : body) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return false;
                }
            }
        }
        return true;
    }

    /** The vendors' error body is {@code {errorCode, message, errors?}}; a body that is not that gives no message. */
    static @Nullable String message(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode error = Json.parse(body);
            String message = Json.text(error, "message", "detail", "error");
            return message == null || message.length() <= 300 ? message : message.substring(0, 300) + "…";
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /** {@code Retry-After} in seconds or as an HTTP date; anything else is "soon". */
    static @Nullable Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
