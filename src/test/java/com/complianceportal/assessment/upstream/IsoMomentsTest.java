package com.complianceportal.assessment.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading of common moments gives what the formatter gives, and leaves every other text to it. */
class IsoMomentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-09-30T10:36:56.057000+00:00", "2024-09-30T10:36:56.057Z", "2024-09-30T10:36:56Z",
            "2024-09-30T10:36:56", "2024-09-30T10:36", "2024-09-30T10:36Z", "2024-09-30T23:59:59.999999999+08:00",
            "2024-09-30T00:00:00-05:30", "2024-09-30T00:00:00+0530", "2024-09-30T00:00:00-0000", "2024-02-29",
            "1892-03-26T20:08:16.0Z", "0001-01-01T00:00:00+18:00", "2024-09-30T10:36:56.1-00:30"})
    void reads_the_common_forms_as_the_formatter_does(String text) {
        assertThat(IsoMoments.parse(text)).isNotNull().isEqualTo(Json.parsedMoment(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024", "2024-9-30", "2024/09/30", "2024-09-30 10:36", "2024-09-30t10:36:56Z",
            "2024-02-30", "2023-02-29", "2024-13-01", "2024-09-30T24:00", "2024-09-30T10:60", "2024-09-30T10:36:60",
            "2024-09-30T10:36:56.", "2024-09-30T10:36:56.1234567891Z", "2024-09-30T10:36:56+19:00",
            "2024-09-30T10:36:56+05:60", "2024-09-30T10:36:56+05", "2024-09-30T10:36:56z", "2024-09-30T10:36:56Zx",
            "+12024-09-30", "2024-09-30T10:36:56 +00:00", "２０２４-09-30"})
    void leaves_every_other_text_to_the_formatter(String text) {
        assertThat(IsoMoments.parse(text)).isNull();
    }

    @Test
    void agrees_with_the_formatter_on_random_texts_of_the_common_shape() {
        var random = new Random(20261129L);
        String alphabet = "0123456789-:T.Z+";
        String template = "2024-09-30T10:36:56.057000+00:00";
        for (int i = 0; i < 20_000; i++) {
            char[] text = template.substring(0, 10 + random.nextInt(template.length() - 9)).toCharArray();
            for (int changes = random.nextInt(3); changes > 0; changes--) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String candidate = new String(text);
            OffsetDateTime quick = IsoMoments.parse(candidate);
            if (quick != null) {
                assertThat(quick).as(candidate).isEqualTo(Json.parsedMoment(candidate));
            }
        }
        assertThat(IsoMoments.parse("2024-09-30")).isEqualTo(OffsetDateTime.of(2024, 9, 30, 0, 0, 0, 0,
                ZoneOffset.UTC));
    }
}
