package com.complianceportal.assessment.upstream;

import com.complianceportal.base.failure.SourceFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;

/** A vendor's HTTP answer read into JSON, or into the failure it stands for. */
final class VendorResponses {

    /** The most of an error body that is read, for its message. */
    static final int ERROR_BODY_LIMIT = 64 * 1024;

    private VendorResponses() {
    }

    /**
     * The answer's JSON, parsed from the body as it arrives (no copy of the whole body first), or the failure its
     * status stands for. An empty body is JSON null. The connection failing while the body is read is an
     * {@link IOException}, as any other failure to read it; a body that is not JSON is the vendor being unavailable.
     */
    static JsonNode read(String vendor, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status >= 200 && status < 300) {
            try (InputStream body = response.getBody()) {
                JsonNode answer = Json.MAPPER.readTree(body);
                return answer == null || answer.isMissingNode() ? Json.MAPPER.nullNode() : answer;
            } catch (JacksonIOException broken) {
                throw broken.getCause();
            } catch (JacksonException unreadable) {
                throw new SourceFailure.Unavailable(vendor, "an answer that is not JSON", unreadable);
            }
        }
        String body;
        try (InputStream in = response.getBody()) {
            body = new String(in.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
        }
        throw switch (status) {
            case 401, 403 -> new SourceFailure.KeyRejected(vendor, status);
            case 429 -> new SourceFailure.Busy(vendor, retryAfter(response.getHeaders()));
            case 400, 404, 409, 410, 412, 422 -> new SourceFailure.Refused(vendor, status, message(body));
            default -> status >= 500 ? new SourceFailure.Unavailable(vendor, "HTTP " + status, null)
                    : new SourceFailure.Refused(vendor, status, message(body));
        };
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
