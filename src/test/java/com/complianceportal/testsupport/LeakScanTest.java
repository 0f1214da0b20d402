package com.complianceportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LeakScanTest {

    static final String SECRET = "leak-scan-secret-7Hq2";

    @Test
    void finds_the_secret_as_itself_and_base64_encoded_at_any_offset_in_either_alphabet() {
        for (String before : new String[] {"", "a", "ab", "abc"}) {
            byte[] around = (before + SECRET + "tail").getBytes(StandardCharsets.UTF_8);
            assertThat(LeakScan.reveals(Base64.getEncoder().encode(around), SECRET)).as("after %s", before).isTrue();
            assertThat(LeakScan.reveals(Base64.getUrlEncoder().encode(around), SECRET)).isTrue();
            assertThat(LeakScan.reveals(around, SECRET)).isTrue();
        }
    }

    @Test
    void does_not_find_what_is_not_there() {
        byte[] other = Base64.getEncoder().encode("an-unrelated-value-of-some-length".getBytes(StandardCharsets.UTF_8));

        assertThat(LeakScan.reveals(other, SECRET)).isFalse();
        assertThat(LeakScan.reveals("•••• 7Hq2".getBytes(StandardCharsets.UTF_8), SECRET)).isFalse();
    }
}
