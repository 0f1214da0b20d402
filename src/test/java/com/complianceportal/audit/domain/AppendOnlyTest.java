package com.complianceportal.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.audit.service.AuditTrail;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** The audit log is append-only from the application's side: no code path updates or deletes an entry. */
class AppendOnlyTest {

    private static final Pattern CHANGING = Pattern.compile("(?i)^(save|update|delete|remove|purge|clear|modify|set)");
    private static final Pattern CHANGING_SQL = Pattern.compile(
            "(?i)(update\\s+audit_event|delete\\s+from\\s+audit_event|truncate\\s+table\\s+audit_event|merge\\s+into"
                    + "\\s+audit_event|drop\\s+table\\s+audit_event)");

    @Test
    void the_audit_classes_offer_no_method_that_changes_or_removes_an_entry() {
        for (Class<?> type : List.of(AuditEventRepository.class, AuditEntries.class, AuditLog.class,
                AuditTrail.class)) {
            for (Method method : type.getMethods()) {
                assertThat(CHANGING.matcher(method.getName()).find())
                        .as(type.getSimpleName() + "." + method.getName()).isFalse();
            }
        }
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
        assertThat(PagingAndSortingRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
    }

    @Test
    void no_class_outside_the_audit_feature_reaches_the_table_writer() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> users = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.startsWith(Path.of("src/main/java/com/complianceportal/audit")))
                    .filter(path -> read(path).contains("AuditEntries")).toList();
            assertThat(users).isEmpty();
        }
    }

    @Test
    void no_source_or_migration_changes_or_removes_audit_rows() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offending = files.filter(Files::isRegularFile)
                    .filter(path -> path.toString().endsWith(".java") || path.toString().endsWith(".sql"))
                    .filter(path -> CHANGING_SQL.matcher(read(path).toLowerCase(Locale.ROOT)).find()).toList();
            assertThat(offending).isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
