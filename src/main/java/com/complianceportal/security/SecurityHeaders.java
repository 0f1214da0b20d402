package com.complianceportal.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * The security headers of every response that passes the filter chain, error pages included. Pages are not cached
 * ({@code no-store}, Spring Security's default for responses that set no caching of their own); static resources set
 * their own caching and keep it. See README, "HTTP security headers", for why the policy allows what it allows.
 */
final class SecurityHeaders {

    /**
     * Nothing is loaded from other origins. Vaadin Flow's client runs the JavaScript the server sends with
     * {@code new Function} ({@code 'unsafe-eval'}) and its bootstrap page has inline scripts; Lumo and the components
     * use inline styles.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");

    static final String PERMISSIONS_POLICY = String.join(", ", "camera=()", "microphone=()", "geolocation=()",
            "payment=()", "usb=()", "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()");

    private static final long ONE_YEAR = 31_536_000;
    /** What the browser may cache: the built frontend, icons, images and style sheets. */
    private static final RequestMatcher STATIC_RESOURCES = RequestMatchers.anyOf(
            path("/VAADIN/build/**"), path("/VAADIN/static/**"), path("/icons/**"), path("/images/**"),
            path("/*.css"), path("/favicon.ico"));

    private SecurityHeaders() {
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        // Vaadin writes its pages past Spring Security's response wrapper, so headers are set before the request goes
        // on; pages then get no-store, while static resources set their own caching.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(STATIC_RESOURCES),
                        new CacheControlHeadersWriter()))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Written only on requests that arrived over TLS (directly, or from a trusted proxy that says so).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR));
    }
}
