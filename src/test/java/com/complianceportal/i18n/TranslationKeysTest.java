package com.complianceportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.WorkflowState;
import com.complianceportal.assessment.service.export.ExportFormat;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserState;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in English and German, with the same parameters, and every key the code uses exists. Keys are
 * string literals at {@code Texts.t(...)} and {@code getTranslation(...)}; keys built from an enum are checked for
 * every constant of {@link #LABELLED}.
 */
class TranslationKeysTest {

    private static final Pattern USE = Pattern.compile(
            "(?:\\bTexts\\.t|\\bgetTranslation|\\bt)\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** The portal's own vocabularies whose constants the UI shows through {@link Labels}. */
    static final List<Class<? extends Enum<?>>> LABELLED = List.of(Role.class, Severity.class, FilterKind.class,
            WorkflowState.class, UserState.class, ExportFormat.class, AuditAction.class);

    private final Properties english = Bundles.english();
    private final Properties german = Bundles.german();

    @Test
    void every_key_is_in_both_languages() {
        assertThat(new TreeSet<>(german.stringPropertyNames())).as("keys in English and German")
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void every_text_has_the_same_parameters_and_formats() {
        var problems = new TreeSet<String>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String de = german.getProperty(key, "");
            if (en.isBlank() || de.isBlank()) {
                problems.add(key + ": empty");
            }
            if (!placeholders(en).equals(placeholders(de))) {
                problems.add(key + ": parameters differ");
            }
            for (String text : new String[] {en, de}) {
                if (LONE_APOSTROPHE.matcher(text).find()) {
                    problems.add(key + ": write an apostrophe as '' (" + text + ")");
                }
                try {
                    new MessageFormat(text);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_key_the_code_uses_exists() {
        var missing = new TreeSet<String>();
        for (Path file : Bundles.javaFiles()) {
            Matcher use = USE.matcher(Bundles.read(file));
            while (use.find()) {
                if (!english.containsKey(use.group(1))) {
                    missing.add(use.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_enum_label_exists() {
        var missing = new TreeSet<String>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (!english.containsKey(Labels.key(constant))) {
                    missing.add(Labels.key(constant));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void the_code_finds_its_keys() {
        assertThat(USE.matcher("add(new Span(Texts.t(\"register.title\", n)));").find()).isTrue();
        assertThat(USE.matcher("getTranslation(\"login.title\")").find()).isTrue();
        assertThat(USE.matcher("Texts.t(locale, \"login.title\")").find()).isTrue();
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
