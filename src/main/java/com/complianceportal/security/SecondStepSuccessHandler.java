package com.complianceportal.security;

import com.complianceportal.base.security.SignInForm;
import com.complianceportal.base.ui.error.ErrorReference;
import com.complianceportal.mfa.service.PendingSignIn;
import com.complianceportal.mfa.service.SecondStep;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * After a right password: when a second step is due, the session is signed out again at once and holds only the
 * pending sign-in, and the browser goes to the code page; otherwise the usual redirect (the page first asked for).
 * If the portal cannot tell whether a second step is due, the sign-in fails closed as "unavailable".
 */
final class SecondStepSuccessHandler implements AuthenticationSuccessHandler {

    private final ObjectProvider<SecondStep> secondStep;
    private final AuthenticationSuccessHandler passwordOnly;
    private final String codePath;
    private final String loginPath;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SecondStepSuccessHandler(ObjectProvider<SecondStep> secondStep, AuthenticationSuccessHandler passwordOnly,
            String codePath, String loginPath) {
        this.secondStep = secondStep;
        this.passwordOnly = passwordOnly;
        this.codePath = codePath;
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        Optional<PendingSignIn> pending;
        try {
            pending = secondStep.getObject().begin(authentication);
        } catch (RuntimeException e) {
            signOut(request);
            String reference = ErrorReference.log(e);
            redirect.sendRedirect(request, response, loginPath + "?" + SignInForm.UNAVAILABLE + "=" + reference);
            return;
        }
        if (pending.isEmpty()) {
            passwordOnly.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        signOut(request);
        request.getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending.get());
        redirect.sendRedirect(request, response, codePath);
    }

    /** Forgets the authentication that the password step stored: the request's and the session's. */
    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        request.removeAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
    }
}
