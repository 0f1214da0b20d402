package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.EntityOption;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** What the new-assessment form holds, with the rules Bean Validation checks. */
public class NewAssessmentValues {

    @NotNull(message = "Choose the entity to assess")
    private @Nullable EntityOption entity;

    @NotNull(message = "Choose the template to create the assessment from")
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
