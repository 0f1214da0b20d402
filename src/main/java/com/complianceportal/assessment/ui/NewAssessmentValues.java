package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.EntityOption;
import org.jspecify.annotations.Nullable;

/** What the new-assessment form holds; the form requires both, with messages in the reader's language. */
public class NewAssessmentValues {

    private @Nullable EntityOption entity;

    private @Nullable AssessmentTemplate template;

    public @Nullable EntityOption getEntity() {
        return entity;
    }

    public void setEntity(@Nullable EntityOption entity) {
        this.entity = entity;
    }

    public @Nullable AssessmentTemplate getTemplate() {
        return template;
    }

    public void setTemplate(@Nullable AssessmentTemplate template) {
        this.template = template;
    }
}
