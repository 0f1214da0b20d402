package com.complianceportal.base.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Connector;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An optional second port, by default on 127.0.0.1 only, that serves the Prometheus scrape
 * ({@code /actuator/prometheus}) without a sign-in and nothing else. Off unless {@code portal.metrics.port} is set;
 * on the main port the scrape is for administrators only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class MetricsPort extends OncePerRequestFilter
        implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** The one address the metrics port answers. */
    public static final String SCRAPE_PATH = "/actuator/prometheus";

    private final int port;
    private final String address;
    private @Nullable Connector connector;

    MetricsPort(@Value("${portal.metrics.port:-1}") int port,
            @Value("${portal.metrics.address:127.0.0.1}") String address) {
        this.port = port;
        this.address = address;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (port < 0) {
            return;
        }
        Connector metrics = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        metrics.setPort(port);
        metrics.setProperty("address", address);
        factory.addAdditionalConnectors(metrics);
        connector = metrics;
    }

    /** The port the metrics connector listens on now, or -1 when there is none (or it has not started). */
    public int localPort() {
        Connector started = connector;
        return started == null ? -1 : started.getLocalPort();
    }

    /** Whether {@code request} came in on the metrics port. */
    public boolean onMetricsPort(HttpServletRequest request) {
        int local = localPort();
        return local > 0 && request.getLocalPort() == local;
    }

    /** Whether {@code request} is a scrape on the metrics port: allowed without a sign-in. */
    public boolean isScrape(HttpServletRequest request) {
        return onMetricsPort(request) && SCRAPE_PATH.equals(request.getRequestURI())
                && "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (onMetricsPort(request) && !isScrape(request)) {
            // A bare status: an error dispatch would run the portal's own pages (and their sign-in) on this port.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
