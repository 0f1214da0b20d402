package com.complianceportal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The portal's texts from {@code vaadin-i18n/translations*.properties}: English (the base file) and German. Any other
 * language reads English, never the server's own locale (the bundles are looked up without the JVM's fallback).
 * Every text goes through {@link MessageFormat}, so a literal apostrophe is written {@code ''} in every file.
 */
@Component
public class PortalTranslations implements I18NProvider {

    /** The base name of the bundles on the classpath. */
    public static final String BUNDLE = "vaadin-i18n.translations";

    /** The languages the portal speaks, the default first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final Logger LOG = LoggerFactory.getLogger(PortalTranslations.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException missing) {
            LOG.warn("No text for key {}", key);
            return "!" + key + "!";
        }
    }

    /** The bundle of {@code locale}'s language: German for any German locale, English for everything else. */
    public static ResourceBundle bundle(Locale locale) {
        Locale language = Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, PortalTranslations.class.getClassLoader(), NO_FALLBACK);
    }
}
