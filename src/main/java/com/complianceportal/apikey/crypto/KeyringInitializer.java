package com.complianceportal.apikey.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Loads the master keys before the application context starts and offers them as the {@link Keyring} bean. A missing
 * or unusable key thus stops the start before anything else (the database included) is touched, and
 * {@link MasterKeyFailureAnalyzer} reports its one-line reason. Registered in {@code META-INF/spring.factories}.
 */
class KeyringInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        MasterKeySettings settings = Binder.get(environment).bindOrCreate("portal.master-key", MasterKeySettings.class);
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        Path dataDir = Path.of(environment.getProperty("portal.data-dir", "./data"));
        var loader = new MasterKeyLoader(settings, dataDir, demo);
        var keyring = new Keyring(loader.current(), loader.previous().stream().toList());
        context.getBeanFactory().registerSingleton("keyring", keyring);
    }
}
