package com.complianceportal.security;

import com.complianceportal.base.security.SignInForm;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A sign-in without a valid CSRF token (a forged cross-site sign-in, or a login page left open past the session's
 * end) is refused before any password check; a person is sent back to the login page, the user name kept.
 */
final class ExpiredSignInHandler implements AccessDeniedHandler {

    private final String loginPath;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    ExpiredSignInHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException)) {
            otherwise.handle(request, response, denied);
            return;
        }
        SignInFailureHandler.keepUsername(request);
        new DefaultRedirectStrategy().sendRedirect(request, response, loginPath + "?" + SignInForm.EXPIRED);
    }
}
