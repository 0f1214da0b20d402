package com.complianceportal.security;

import com.complianceportal.base.security.SignInForm;
import com.complianceportal.base.ui.error.ErrorReference;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a failed sign-in, keeping the user name that was typed. A wrong password, an unknown
 * user and a locked account all look the same ({@code ?error}); a failure of the portal itself
 * ({@code ?unavailable=<reference>}) says so, with the reference under which the cause was logged.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final int MAX_USERNAME = 64;

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final String loginPath;

    SignInFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        keepUsername(request);
        if (exception instanceof AuthenticationServiceException) {
            redirect.sendRedirect(request, response, loginPath + "?" + SignInForm.UNAVAILABLE + "=" + ErrorReference.log(exception));
        } else {
            redirect.sendRedirect(request, response, loginPath + "?error");
        }
    }

    /** Keeps the typed user name in the session, so that the login page shows it again. */
    static void keepUsername(HttpServletRequest request) {
        String username = request.getParameter("username");
        if (username != null && !username.isBlank()) {
            String kept = username.strip();
            request.getSession().setAttribute(SignInForm.LAST_USERNAME,
                    kept.length() <= MAX_USERNAME ? kept : kept.substring(0, MAX_USERNAME));
        }
    }
}
