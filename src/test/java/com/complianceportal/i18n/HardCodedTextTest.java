package com.complianceportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No screen shows a text that is written into its code: every string literal in the UI packages that reads like words
 * (a capital followed by small letters, or words with spaces) fails this test, unless it is a translation key, or it
 * stands where no user reads it (logs, exceptions, scripts, styles), or it is on the short allow-list below.
 */
class HardCodedTextTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("^[A-Z][a-z]|\\p{L}\\s|\\s\\p{L}|\\p{L}[.!?:]$");
    private static final Pattern KEY = Pattern.compile("[a-z][\\w-]*(\\.[\\w-]+)+");
    /** Where a literal is for the machine or the log, not for a reader. */
    private static final Pattern NOT_FOR_READERS = Pattern.compile(
            "\\blog\\.|\\bLOG\\.|Exception\\(|executeJs|getStyle\\(\\)|@Route|@JsModule|@CssImport|@StyleSheet"
                    + "|@NpmPackage|\\$\\{item|history\\.|@Menu\\(|case \"|\\.equals\\(|setAttribute\\(\"(?:href|rel|target|download|role|type)\"");
    /** Literals that look like words but are not texts of the portal: names, formats, codes. */
    private static final Set<String> ALLOWED = Set.of("UTC", "Rise", "Maxsight", "mailto:", "tel:", "badge ",
            "error primary", " values for ", " labels", "text/csv; charset=UTF-8", "Cache-Control",
            // the severity as the register's address writes it, not a text
            "Other");

    @Test
    void no_ui_code_writes_a_text_itself() {
        List<String> found = new ArrayList<>();
        for (Path file : Bundles.javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            String[] lines = withoutCommentsAndTextBlocks(Bundles.read(file)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (NOT_FOR_READERS.matcher(lines[i]).find()) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(lines[i]);
                while (literal.find()) {
                    String text = literal.group(1);
                    if (readsLikeWords(text)) {
                        found.add(Bundles.SOURCES.relativize(file) + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(found).as("texts written into UI code instead of the translation files").isEmpty();
    }

    @Test
    void words_are_told_from_keys_and_names() {
        assertThat(readsLikeWords("Export CSV")).isTrue();
        assertThat(readsLikeWords("Overdue")).isTrue();
        assertThat(readsLikeWords("register.title")).isFalse();
        assertThat(readsLikeWords("form-submit")).isFalse();
        assertThat(readsLikeWords("UTC")).isFalse();
    }

    static boolean readsLikeWords(String text) {
        return !KEY.matcher(text).matches() && !ALLOWED.contains(text) && WORDS.matcher(text).find();
    }

    /** The code with comments blanked and text blocks (scripts) left out, line numbers kept. */
    static String withoutCommentsAndTextBlocks(String source) {
        String noBlocks = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"").matcher(source)
                .replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
        String noBlockComments = Pattern.compile("/\\*[\\s\\S]*?\\*/").matcher(noBlocks)
                .replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
        return noBlockComments.replaceAll("(?m)^(\\s*)//.*$", "$1").replaceAll("(?m)\\s//\\s.*$", "");
    }
}
