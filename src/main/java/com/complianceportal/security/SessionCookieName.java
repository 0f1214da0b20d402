package com.complianceportal.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * A session cookie sent over HTTPS only gets the {@code __Host-} prefix: browsers then accept it only from this host,
 * with {@code Secure} and {@code Path=/}, so that no sibling subdomain or plain-HTTP page can set or shadow it. Runs
 * after Spring Boot has applied {@code server.servlet.session.cookie.*}.
 */
@Component
class SessionCookieName implements ServletContextInitializer {

    static final String SECURE_NAME = "__Host-JSESSIONID";

    @Override
    public void onStartup(ServletContext servletContext) {
        SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
        if (cookie.isSecure()) {
            cookie.setName(SECURE_NAME);
            cookie.setPath("/");
            cookie.setDomain(null);
        }
    }
}
