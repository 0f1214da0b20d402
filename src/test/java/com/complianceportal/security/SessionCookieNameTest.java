package com.complianceportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

class SessionCookieNameTest {

    @Test
    void a_cookie_sent_over_https_only_gets_the_host_prefix_and_the_root_path() {
        var context = new MockServletContext();
        context.getSessionCookieConfig().setSecure(true);
        context.getSessionCookieConfig().setPath("/portal");

        new SessionCookieName().onStartup(context);

        assertThat(context.getSessionCookieConfig().getName()).isEqualTo("__Host-JSESSIONID");
        assertThat(context.getSessionCookieConfig().getPath()).isEqualTo("/");
        assertThat(context.getSessionCookieConfig().getDomain()).isNull();
    }

    @Test
    void a_plain_http_trial_keeps_the_usual_name() {
        var context = new MockServletContext();

        new SessionCookieName().onStartup(context);

        assertThat(context.getSessionCookieConfig().getName()).isNotEqualTo("__Host-JSESSIONID");
    }
}
