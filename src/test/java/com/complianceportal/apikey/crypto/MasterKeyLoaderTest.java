package com.complianceportal.apikey.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.shared.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyLoaderTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');

    @TempDir
    Path dataDir;

    static MasterKeySettings settings(String value, String file) {
        return new MasterKeySettings(Secret.of(value), file, Secret.of(""), "");
    }

    @Test
    void outside_the_demo_profile_a_missing_key_stops_the_start_with_how_to_make_one() {
        var loader = new MasterKeyLoader(settings("", ""), dataDir, false);

        assertThatThrownBy(loader::current).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("PORTAL_MASTER_KEY").hasMessageContaining("openssl rand -base64 32")
                .hasMessageNotContaining("\n");
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void the_demo_profile_makes_a_key_file_readable_by_its_owner_only_and_keeps_using_it() throws Exception {
        MasterKey first = new MasterKeyLoader(settings("", ""), dataDir, true).current();
        MasterKey second = new MasterKeyLoader(settings("", ""), dataDir, true).current();

        Path file = dataDir.resolve("master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(second.version()).isEqualTo(first.version());
    }

    @Test
    void a_configured_key_wins_over_the_demo_file() {
        MasterKey key = new MasterKeyLoader(settings(KEY, ""), dataDir, true).current();

        assertThat(key.version()).isEqualTo(MasterKey.fromBase64(Secret.of(KEY), "test").version());
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void a_key_file_is_read_with_its_line_end() throws Exception {
        Path file = Files.writeString(dataDir.resolve("portal.key"), KEY + "\n");

        MasterKey key = new MasterKeyLoader(settings("", file.toString()), dataDir, false).current();

        assertThat(key.version()).isEqualTo(MasterKey.fromBase64(Secret.of(KEY), "test").version());
    }

    @Test
    void a_key_of_the_wrong_length_or_no_base64_is_refused_without_showing_it() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new MasterKeyLoader(settings(shortKey, ""), dataDir, false).current())
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("16 bytes instead of 32")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> new MasterKeyLoader(settings("not base64 at all!", ""), dataDir, false).current())
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("not base64")
                .hasMessageNotContaining("at all");
    }

    @Test
    void a_missing_file_or_both_settings_at_once_are_refused() {
        assertThatThrownBy(() -> new MasterKeyLoader(settings("", dataDir.resolve("none.key").toString()), dataDir,
                false).current()).isInstanceOf(MasterKeyException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> new MasterKeyLoader(settings(KEY, "/some/file"), dataDir, false).current())
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("set only one");
    }

    @Test
    void the_key_being_replaced_is_read_from_its_own_settings() {
        var loader = new MasterKeyLoader(new MasterKeySettings(Secret.of(""), "", Secret.of(KEY), ""), dataDir, true);

        assertThat(loader.previous()).get().extracting(MasterKey::version)
                .isEqualTo(MasterKey.fromBase64(Secret.of(KEY), "test").version());
        assertThat(new MasterKeyLoader(settings("", ""), dataDir, true).previous()).isEmpty();
    }

    @Test
    void a_master_key_prints_only_its_version() {
        MasterKey key = MasterKey.fromBase64(Secret.of(KEY), "test");

        assertThat(key.toString()).isEqualTo("MasterKey[version=" + key.versionText() + "]").doesNotContain(KEY);
        assertThat(key.versionText()).matches("[0-9a-f]{8}");
    }

    @Test
    void the_failure_analysis_is_the_one_line_reason_and_what_to_do() {
        var analysis = new MasterKeyFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                MasterKeyException.missing()));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("No master key").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("openssl rand -base64 32");
    }
}
