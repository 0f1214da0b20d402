package com.complianceportal.security;

import com.complianceportal.mfa.service.SecondStep;
import com.complianceportal.user.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Sign-in with the portal's login view; health is public, every other actuator endpoint is for admins. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final int BCRYPT_COST = 12;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SecondStep> secondStep) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/styles.css", "/two-step.css", "/icons/**", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        // Unknown addresses go to Vaadin (signed in), which answers with the portal's not-found page instead of a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated()));
        // After Vaadin's configurer, which sets up the form login that these customise.
        http.with(new SecondStepConfigurer(secondStep, "/login/code", "/login"), Customizer.withDefaults());
        return http.with(new SignInFailureConfigurer("/login"), Customizer.withDefaults()).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }
}
