package com.complianceportal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

/**
 * A request in an ended session: a Vaadin click gets Vaadin's "session expired" (the page reloads), a page load goes
 * to the login page.
 */
class ExpiredSessionResponseTest {

    private MockHttpServletResponse answer(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        var info = new SessionInformation("someone", "session-id", new Date());
        info.expireNow();
        new ExpiredSessionResponse("/login").onExpiredSessionDetected(
                new SessionInformationExpiredEvent(info, request, response));
        return response;
    }

    @Test
    void a_vaadin_click_gets_vaadins_session_expired_answer() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        var response = answer(request);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("sessionExpired");
    }

    @Test
    void a_page_load_is_sent_to_the_login_page() throws Exception {
        var response = answer(new MockHttpServletRequest("GET", "/assessments"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }
}
