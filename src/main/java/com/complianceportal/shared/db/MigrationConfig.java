package com.complianceportal.shared.db;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway reads the migrations of {@code spring.flyway.locations} ({@code db/migration}, then {@code db/vendor/{vendor}}
 * with the vendor already filled in) through {@link VendorMigrations}: a vendor's script replaces the common script of
 * the same name.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfig {

    @Bean
    FlywayConfigurationCustomizer vendorMigrations() {
        return VendorMigrations::configure;
    }
}
