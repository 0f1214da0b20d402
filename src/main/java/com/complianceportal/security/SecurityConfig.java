package com.complianceportal.security;

import com.complianceportal.user.service.SignInThrottle;
import com.complianceportal.user.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Sign-in with the portal's login view; health is public, every other actuator endpoint is for admins. Every response
 * carries the security headers ({@link SecurityHeaders}); the sign-in form needs a CSRF token and is throttled before
 * its password is checked.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final int BCRYPT_COST = 12;
    private static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/styles.css", "/icons/**", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(SecurityHeaders::apply);
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
        // After Vaadin's configurer, which sets up the form login that this customises.
        return http.with(new SignInFailureConfigurer(LOGIN_PATH), Customizer.withDefaults()).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }
}
