package com.complianceportal.apikey.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.Application;
import com.complianceportal.apikey.crypto.Keyring;
import com.complianceportal.apikey.crypto.MasterKey;
import com.complianceportal.apikey.crypto.MasterKeyException;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.shared.db.VendorMigrations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Starts of the whole portal that must be refused: one clear reason, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class MasterKeyStartIT {

    @TempDir
    Path dataDir;

    private String databaseUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private void start(String... arguments) {
        new SpringApplicationBuilder(Application.class).run(arguments);
    }

    @Test
    void the_prod_profile_refuses_to_start_without_a_master_key_and_says_how_to_make_one(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--portal.data-dir=" + dataDir,
                "--spring.datasource.url=" + databaseUrl(), "--server.port=0"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(MasterKeyException.class));

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("No master key for stored API keys: set PORTAL_MASTER_KEY")
                .contains("openssl rand -base64 32").doesNotContain("\tat ").doesNotContain("Exception encountered");
        assertThat(dataDir).as("nothing was started, the database included").isEmptyDirectory();
    }

    @Test
    void a_wrong_master_key_stops_the_start_with_a_clear_message(CapturedOutput output) {
        MasterKey right = MasterKey.generate();
        storeOneKeySealedUnder(right);
        String wrong = java.util.Base64.getEncoder().encodeToString(new byte[32]);

        assertThatThrownBy(() -> start("--spring.profiles.active=demo", "--portal.data-dir=" + dataDir,
                "--spring.datasource.url=" + databaseUrl(), "--server.port=0", "--portal.demo.assessments=0",
                "--portal.master-key.value=" + wrong))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(MasterKeyException.class));

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("cannot decrypt stored API keys: wrong master key?").contains(right.versionText())
                .doesNotContain("\tat ").doesNotContain(wrong);
    }

    private void storeOneKeySealedUnder(MasterKey key) {
        var dataSource = new DriverManagerDataSource(databaseUrl(), "portal", "");
        VendorMigrations.configure(Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO portal_user (username, display_name, password_hash, role, created_at, password_changed_at)
                VALUES ('holder', 'Holder', '{noop}x', 'VIEWER', ?, ?)""").params(now, now).update();
        long userId = jdbc.sql("SELECT id FROM portal_user WHERE username = 'holder'").query(Long.class).single();
        byte[] sealed = new Keyring(key, List.of()).seal("a-stored-key-1234".getBytes(StandardCharsets.US_ASCII),
                ApiKeyCipher.associatedData(userId, Upstream.RISE));
        jdbc.sql("""
                INSERT INTO api_key (user_id, upstream, ciphertext, key_version, last_four, created_at, set_by)
                VALUES (?, 'RISE', ?, ?, '1234', ?, 'admin')""").params(userId, sealed, key.version(), now).update();
        jdbc.sql("SHUTDOWN").update();
    }
}
