package com.complianceportal.shared.db;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The migration scripts of the configured classpath locations, where a script in a later location replaces the script
 * of the same file name in an earlier one. With {@code db/migration} first and {@code db/vendor/{vendor}} after it, a
 * database that spells a migration differently gets its own script under the same version, and the common script
 * stays where and as it was committed (a committed migration is never edited or moved).
 */
public final class VendorMigrations implements ResourceProvider {

    private final Map<String, LoadableResource> byName;

    private VendorMigrations(Map<String, LoadableResource> byName) {
        this.byName = byName;
    }

    /** Lets {@code configuration} read the scripts of its locations through this provider; returns it. */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        return configuration.resourceProvider(of(configuration.getLocations()));
    }

    /** The scripts of {@code locations} (classpath locations, in order), listed once. */
    static VendorMigrations of(Location... locations) {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(VendorMigrations.class
                .getClassLoader());
        Map<String, LoadableResource> byName = new LinkedHashMap<>();
        for (Location location : locations) {
            if (!location.isClassPath()) {
                throw new IllegalArgumentException("Migrations are read from the classpath only: " + location);
            }
            String root = location.getRootPath();
            try {
                for (Resource resource : resolver.getResources("classpath*:" + root + "/*")) {
                    String name = resource.getFilename();
                    if (name != null && resource.isReadable()) {
                        byName.put(name, new Script(root + "/" + name, name, resource));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Migrations in " + location + " cannot be listed", e);
            }
        }
        return new VendorMigrations(byName);
    }

    @Override
    public @Nullable LoadableResource getResource(String name) {
        return byName.get(name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        byName.forEach((name, script) -> {
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                found.add(script);
            }
        });
        return found;
    }

    /** One script: its path on the classpath, its file name (its path relative to its location) and its content. */
    private static final class Script extends LoadableResource {

        private final String path;
        private final String name;
        private final Resource resource;

        Script(String path, String name, Resource resource) {
            this.path = path;
            this.name = name;
            this.resource = resource;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Migration " + path + " cannot be read", e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
