package com.complianceportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

/** A vendor's script replaces the common one of the same name; every other script is read once, from where it is. */
class VendorMigrationsTest {

    private static final String V12 = "V12__case_number_sequence.sql";

    @Test
    void on_postgresql_its_own_v12_replaces_the_common_one_and_its_own_migrations_are_added() throws IOException {
        var migrations = VendorMigrations.of(new Location("classpath:db/migration"),
                new Location("classpath:db/vendor/postgresql"));

        List<String> names = names(migrations.getResources("V", new String[] {".sql"}));
        assertThat(names).doesNotHaveDuplicates().contains(V12, "V1__users_and_audit.sql",
                "V15__register_indexes.sql", "V16__organisation_name_trigrams.sql");
        assertThat(migrations.getResource(V12).getAbsolutePath()).isEqualTo("db/vendor/postgresql/" + V12);
        assertThat(text(migrations.getResource(V12))).contains("setval('case_number'");
    }

    @Test
    void on_h2_the_common_v12_is_read_from_where_it_was_committed() throws IOException {
        var migrations = VendorMigrations.of(new Location("classpath:db/migration"),
                new Location("classpath:db/vendor/h2"));

        List<String> names = names(migrations.getResources("V", new String[] {".sql"}));
        assertThat(names).doesNotHaveDuplicates().contains(V12).doesNotContain("V15__register_indexes.sql");
        assertThat(migrations.getResource(V12).getAbsolutePath()).isEqualTo("db/migration/" + V12);
        assertThat(migrations.getResource(V12).getRelativePath()).isEqualTo(V12);
        assertThat(text(migrations.getResource(V12))).contains("ALTER SEQUENCE case_number RESTART WITH");
        assertThat(migrations.getResources("R", new String[] {".sql"})).isEmpty();
    }

    private static List<String> names(Collection<LoadableResource> resources) {
        return resources.stream().map(LoadableResource::getFilename).toList();
    }

    private static String text(LoadableResource resource) throws IOException {
        var text = new StringWriter();
        try (Reader reader = resource.read()) {
            reader.transferTo(text);
        }
        return text.toString();
    }
}
