package com.complianceportal.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;

/**
 * Puts {@link SignInFailureHandler} on the form login. A configurer of its own, applied after Vaadin's: the form login
 * must already point at the login view when it is customised, or Spring Security would generate its own login page.
 */
final class SignInFailureConfigurer extends AbstractHttpConfigurer<SignInFailureConfigurer, HttpSecurity> {

    private final String loginPath;

    SignInFailureConfigurer(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void init(HttpSecurity http) {
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler(loginPath)));
    }
}
