package com.complianceportal.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The security headers on answers that Tomcat gives before the application sees the request, such as a 400 for an
 * address it cannot parse. Requests that reach the application get the same headers again from Spring Security.
 */
@Component
class ContainerErrorHeaders implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new HeadersValve());
    }

    /** Sets the headers first; whatever answers afterwards keeps them. */
    static final class HeadersValve extends ValveBase {

        HeadersValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
            response.setHeader("Cache-Control", "no-store");
            getNext().invoke(request, response);
        }
    }
}
