package com.complianceportal.security;

import com.complianceportal.base.security.SignInForm;
import com.complianceportal.user.service.SignInRefusal;
import com.complianceportal.user.service.SignInThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt that {@link SignInThrottle} holds back before the password is looked at, so that guessing
 * costs no password hash. The user goes back to the login page with the user name kept and how long to wait.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final String loginPath;
    private final RequestMatcher signIn;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
        this.signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signIn.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String username = request.getParameter("username");
        Optional<SignInRefusal> refusal = throttle.check(username == null ? "" : username, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SignInFailureHandler.keepUsername(request);
        redirect.sendRedirect(request, response,
                loginPath + "?" + SignInForm.THROTTLED + "=" + refusal.get().seconds());
    }
}
