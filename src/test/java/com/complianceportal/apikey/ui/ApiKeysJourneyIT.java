package com.complianceportal.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.testsupport.AccountPage;
import com.complianceportal.testsupport.ApiKeysPage;
import com.complianceportal.testsupport.CapturedLog;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LeakScan;
import com.complianceportal.testsupport.LoginPage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator sets, replaces and revokes a viewer's key in Chromium while the viewer watches the account page;
 * then the keys are searched for in the database files, the application log and every response the browsers got.
 * A database file and a log file of its own, so that the scan reads what this run wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo.assessments=20")
class ApiKeysJourneyIT extends ChromiumSession {

    static final Path LOG = Path.of("target/api-keys-journey/portal.log");
    private static Path databaseFolder;

    @Autowired
    AuditEventRepository audit;
    @Autowired
    JdbcTemplate jdbc;

    private final List<byte[]> responses = Collections.synchronizedList(new ArrayList<>());
    private CapturedLog capturedLog;

    @BeforeEach
    void captureTheLog() throws IOException {
        capturedLog = CapturedLog.into(LOG);
    }

    @AfterEach
    void stopCapturing() {
        capturedLog.close();
    }

    @DynamicPropertySource
    static void databaseFileOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        databaseFolder = Files.createTempDirectory("portal-api-keys");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + databaseFolder.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void an_administrator_sets_replaces_and_revokes_a_viewers_key_and_it_leaks_nowhere() throws Exception {
        String first = randomKey();
        String second = randomKey();
        Instant start = Instant.now();
        Page viewerPage = recorded(anotherSession());
        recorded(page);
        new LoginPage(page, baseUrl()).open().signInSuccessfully("admin", "admin");
        new LoginPage(viewerPage, baseUrl()).open().signInSuccessfully("viewer", "viewer");
        PlaywrightAssertions.assertThat(AccountPage.open(viewerPage, baseUrl()).key("rise")).containsText("No key yet");

        ApiKeysPage keys = ApiKeysPage.open(page, baseUrl()).manage("viewer", "Vera Viewer")
                .setKey("rise", first, "Team Europe");
        PlaywrightAssertions.assertThat(keys.maskedKey("rise")).hasText("•••• " + lastFour(first));
        keys.closeDialog();
        PlaywrightAssertions.assertThat(keys.list()).containsText("•••• " + lastFour(first));
        PlaywrightAssertions.assertThat(AccountPage.open(viewerPage, baseUrl()).key("rise"))
                .containsText("•••• " + lastFour(first));

        keys.manage("viewer", "Vera Viewer").replaceKey("rise", second);
        PlaywrightAssertions.assertThat(keys.maskedKey("rise")).hasText("•••• " + lastFour(second));
        PlaywrightAssertions.assertThat(AccountPage.open(viewerPage, baseUrl()).key("rise"))
                .containsText("•••• " + lastFour(second));

        keys.revoke("rise").closeDialog();
        PlaywrightAssertions.assertThat(keys.list()).not().containsText("••••");
        PlaywrightAssertions.assertThat(AccountPage.open(viewerPage, baseUrl()).key("rise"))
                .containsText("No key yet. Ask an administrator");

        List<AuditEvent> events = audit.findByUsernameOrderByOccurredAtDesc("admin").stream()
                .filter(e -> e.occurredAt().isAfter(start) && e.detail() != null
                        && e.detail().startsWith("user=viewer upstream=RISE")).toList();
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.API_KEY_REVOKED,
                AuditAction.API_KEY_REPLACED, AuditAction.API_KEY_SET);

        assertTheKeysAppearNowhere(first, second);
    }

    private void assertTheKeysAppearNowhere(String... keys) throws IOException {
        jdbc.execute("CHECKPOINT SYNC");
        List<Path> databaseFiles;
        try (Stream<Path> files = Files.walk(databaseFolder)) {
            databaseFiles = files.filter(Files::isRegularFile).toList();
        }
        assertThat(databaseFiles).isNotEmpty();
        byte[] log = capturedLog.bytes();
        assertThat(new String(log, StandardCharsets.UTF_8)).contains(CapturedLog.MARK);
        assertThat(responses).as("the browsers' responses were recorded, the masked keys among them")
                .anyMatch(body -> LeakScan.contains(body, lastFour(keys[0]).getBytes(StandardCharsets.UTF_8)));
        for (String key : keys) {
            for (Path file : databaseFiles) {
                assertThat(LeakScan.reveals(Files.readAllBytes(file), key)).as("key in %s", file).isFalse();
            }
            assertThat(LeakScan.reveals(log, key)).as("key in the log").isFalse();
            synchronized (responses) {
                assertThat(responses).as("key in a response body").noneMatch(body -> LeakScan.reveals(body, key));
            }
        }
    }

    /** Keeps every response body the page receives; redirects have none. */
    private Page recorded(Page recorded) {
        recorded.onResponse(response -> {
            try {
                responses.add(response.body());
            } catch (PlaywrightException noBody) {
                // A redirect or an aborted request: nothing reached the page.
            }
        });
        return recorded;
    }

    private static String randomKey() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder("e2e-");
        for (int i = 0; i < 36; i++) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }

    private static String lastFour(String key) {
        return key.substring(key.length() - 4);
    }
}
