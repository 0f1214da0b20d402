package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

class SecurityPropertiesTest {

    @Test
    void the_configured_first_administrator_password_is_bound_but_never_printed() {
        var source = new MapConfigurationPropertySource(Map.of("portal.admin.username", "root",
                "portal.admin.password", "a-long-secret-password"));
        var binder = new Binder(java.util.List.of(source), null, ApplicationConversionService.getSharedInstance());

        SecurityProperties properties = binder.bindOrCreate("portal", SecurityProperties.class);

        assertThat(properties.admin().password()).isNotNull();
        assertThat(properties.admin().password().reveal()).isEqualTo("a-long-secret-password");
        assertThat(properties.toString()).doesNotContain("a-long-secret-password").contains("root");
    }
}
