package com.complianceportal.assessment.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.service.GeneratedAssessments;
import com.complianceportal.base.security.Roles;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Method security on the exporter, in a context of just the exporter and the service (the app needs a source). */
@SpringJUnitConfig(AssessmentExporterSecurityTest.Config.class)
class AssessmentExporterSecurityTest {

    @Configuration
    @EnableMethodSecurity
    static class Config {
        @Bean
        AssessmentService assessmentService() {
            return new GeneratedAssessments(3).service();
        }

        @Bean
        AssessmentExporter assessmentExporter(AssessmentService assessmentService) {
            return new AssessmentExporter(assessmentService);
        }
    }

    @Autowired
    AssessmentExporter exporter;

    @Test
    void refuses_an_export_without_a_signed_in_user() {
        assertThatThrownBy(() -> exporter.write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(),
                new ByteArrayOutputStream(), ExportProgress.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "SOMEONE_ELSE")
    void refuses_an_export_to_a_user_without_the_viewer_role() {
        assertThatThrownBy(() -> exporter.write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(),
                new ByteArrayOutputStream(), ExportProgress.NONE)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.VIEWER)
    void exports_for_a_viewer() throws Exception {
        var out = new ByteArrayOutputStream();

        exporter.write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(), out, ExportProgress.NONE);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(4);
    }
}
