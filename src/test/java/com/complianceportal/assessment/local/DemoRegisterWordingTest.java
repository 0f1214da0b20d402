package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentDetail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The texts of generated demo assessments read as sentences: proper singular and plural, one full stop. */
class DemoRegisterWordingTest {

    @Test
    void overall_comments_and_descriptions_count_in_words_and_end_with_one_full_stop() {
        DemoRegisterGenerator generator = new DemoRegisterGenerator(11L, LocalDate.of(2026, 11, 25), 2_000);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            AssessmentDetail detail = generator.next();
            texts.add(detail.description());
            texts.add(detail.overallComment());
        }
        List<String> sentences = texts.stream().filter(Objects::nonNull).toList();

        assertThat(sentences).noneMatch(t -> t.contains("(s)")).noneMatch(t -> t.contains(".."))
                .noneMatch(t -> t.matches("(^|.* )1 findings .*")).noneMatch(t -> t.matches(".*; 1 areas .*"))
                .anyMatch(t -> t.startsWith("1 finding raised"))
                .anyMatch(t -> t.contains("areas to improve are followed up"));
    }
}
