package com.complianceportal.apikey.crypto;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The keyring of the configured master keys; without a usable master key the portal does not start. */
@Configuration
class KeyringConfiguration {

    @Bean
    Keyring keyring(MasterKeySettings settings, Environment environment) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        Path dataDir = Path.of(environment.getProperty("portal.data-dir", "./data"));
        var loader = new MasterKeyLoader(settings, dataDir, demo);
        return new Keyring(loader.current(), loader.previous().stream().toList());
    }
}
