package com.complianceportal.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Who may read the register: every signed-in role, nobody else. */
@SpringBootTest
class AssessmentServiceAccessIT {

    @Autowired
    AssessmentService service;

    @Test
    @WithAnonymousUser
    void anonymous_callers_are_refused_on_every_method() {
        assertThatThrownBy(() -> service.count(AssessmentFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.search(AssessmentFilter.NONE, List.of(), 0, 10).rows())
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.rows(AssessmentFilter.NONE, List.of(), 0, 10).rows())
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.find("x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.dashboard()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.capabilities()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.stream(AssessmentFilter.NONE, List.of(), s -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "someone", roles = "GUEST")
    void a_user_without_a_portal_role_is_refused() {
        assertThatThrownBy(() -> service.count(AssessmentFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.rows(AssessmentFilter.NONE, List.of(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_may_read() {
        assertThat(service.count(AssessmentFilter.NONE)).isPositive();
        assertThat(service.rows(AssessmentFilter.NONE, List.of(), 0, 10).rows()).hasSize(10);
    }
}
