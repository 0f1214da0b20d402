package com.complianceportal.security;

import com.complianceportal.mfa.service.SecondStep;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Puts {@link SecondStepSuccessHandler} on the form login, around the success handler that Vaadin's configurer set
 * up (which returns the user to the page first asked for). Applied after Vaadin's configurer, like
 * {@link SignInFailureConfigurer}.
 */
final class SecondStepConfigurer extends AbstractHttpConfigurer<SecondStepConfigurer, HttpSecurity> {

    private final ObjectProvider<SecondStep> secondStep;
    private final String codePath;
    private final String loginPath;

    SecondStepConfigurer(ObjectProvider<SecondStep> secondStep, String codePath, String loginPath) {
        this.secondStep = secondStep;
        this.codePath = codePath;
        this.loginPath = loginPath;
    }

    @Override
    public void init(HttpSecurity http) {
        AuthenticationSuccessHandler vaadin =
                http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
        AuthenticationSuccessHandler passwordOnly =
                vaadin != null ? vaadin : new SavedRequestAwareAuthenticationSuccessHandler();
        http.formLogin(form -> form.successHandler(
                new SecondStepSuccessHandler(secondStep, passwordOnly, codePath, loginPath)));
    }
}
