package com.complianceportal.security;

import com.complianceportal.base.observability.MetricsPort;
import com.complianceportal.mfa.service.SecondStep;
import com.complianceportal.session.ExpiredSessionResponse;
import com.complianceportal.session.LiveSessions;
import com.complianceportal.session.SessionActivityFilter;
import com.complianceportal.session.SessionIdleFilter;
import com.complianceportal.session.SessionLifetimeFilter;
import com.complianceportal.session.SessionProperties;
import com.complianceportal.user.service.SessionStandings;
import com.complianceportal.user.service.SignInThrottle;
import com.complianceportal.user.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in with the portal's login view; health is public, every other actuator endpoint is for admins. Every response
 * carries the security headers ({@link SecurityHeaders}); the sign-in form needs a CSRF token and is throttled before
 * its password is checked.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SessionProperties.class)
class SecurityConfig {

    static final int BCRYPT_COST = 12;
    static final String ARGON2 = "argon2";
    private static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle,
            ObjectProvider<SecondStep> secondStep, ObjectProvider<LogoutHandler> signOutHandlers,
            SessionRegistry sessionRegistry, LiveSessions liveSessions, SessionProperties sessionProperties,
            SessionStandings standings, MetricsPort metricsPort) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // The metrics port (127.0.0.1 by default) serves the scrape and nothing else; elsewhere it is for admins.
                .requestMatchers(metricsPort::isScrape).permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/styles.css", "/two-step.css", "/icons/**", "/images/**").permitAll());
        // Every session is registered, so that an administrator (or a password change) can end it at once.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(new ExpiredSessionResponse(LOGIN_PATH))));
        // The container stamps a session's creation with the system clock, so its age is measured with that clock.
        http.addFilterBefore(new SessionLifetimeFilter(sessionProperties, sessionRegistry, Clock.systemUTC()),
                SecurityContextHolderFilter.class);
        // The idle timeout, which the container would never reach while an open tab sends heartbeats.
        http.addFilterBefore(new SessionIdleFilter(sessionRegistry, Clock.systemUTC()), SecurityContextHolderFilter.class);
        // Disabled users, changed roles and sessions ended on another instance: at the next request, on every instance.
        http.addFilterBefore(new AccountStandingFilter(standings, sessionRegistry), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SessionActivityFilter(liveSessions), AuthorizationFilter.class);
        http.headers(SecurityHeaders::apply);
        // The portal's own sign-out handlers (the audit log's among them) run before the session is invalidated.
        http.logout(logout -> signOutHandlers.orderedStream().forEach(logout::addLogoutHandler));
        // Vaadin's own CSRF setting exempts the sign-in form; here only Vaadin's internal requests are exempt (they
        // carry Vaadin's token), so a sign-in needs the token that the login page's meta tags give the form.
        var signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor(new ExpiredSignInHandler(LOGIN_PATH),
                signIn));
        http.addFilterBefore(new SignInThrottleFilter(throttle, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        // Unknown addresses go to Vaadin (signed in), which answers with the portal's not-found page instead of a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(any -> any.authenticated()));
        // After Vaadin's configurer, which sets up the form login that these customise.
        http.with(new SecondStepConfigurer(secondStep, "/login/code", LOGIN_PATH), Customizer.withDefaults());
        return http.with(new SignInFailureConfigurer(LOGIN_PATH), Customizer.withDefaults()).build();
    }

    /** Refusals of method security and of web addresses become events, which the audit log records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * Tells Spring when a session ends (by timeout or otherwise) or changes its id: the session registry, the portal's
     * own record of sessions and the audit log listen.
     */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * New hashes are Argon2id ({@code {argon2}...}, no 72-byte limit as bcrypt has). Hashes stored before carry no
     * prefix and are bcrypt: they still match, and are replaced by Argon2id at their owner's next sign-in. At most
     * {@code portal.security.concurrent-password-hashes} hashes (default: one per CPU) are computed at a time.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${portal.security.concurrent-password-hashes:0}") int concurrentHashes) {
        var bcrypt = new BCryptPasswordEncoder(BCRYPT_COST);
        var encoder = new DelegatingPasswordEncoder(ARGON2,
                Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return new BoundedPasswordEncoder(encoder,
                concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors());
    }
}
