package com.complianceportal.audit.service;

import com.complianceportal.audit.domain.AuditAction;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records {@link AuditAction#ACCESS_DENIED} when a signed-in user is refused a service call (method security), a web
 * address or a page ({@link DeniedRoute}); the target names the method, address or page. Anonymous visitors are sent to
 * the login page, which is not recorded. The same refusal of the same user is recorded once a minute at most, so a
 * repeating request cannot flood the log.
 */
@Component
class AccessDenialAudit {

    static final Duration REPEAT_WINDOW = Duration.ofMinutes(1);

    private final AuditLog audit;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final Cache<String, Boolean> recent = Caffeine.newBuilder().expireAfterWrite(REPEAT_WINDOW)
            .maximumSize(10_000).build();

    AccessDenialAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication user = event.getAuthentication().get();
        if (user == null || !trust.isAuthenticated(user)) {
            return;
        }
        String target = target(event.getSource());
        if (recent.asMap().putIfAbsent(user.getName() + "\n" + target, Boolean.TRUE) == null) {
            audit.record(user.getName(), AuditAction.ACCESS_DENIED, target, kind(event.getSource()),
                    Requests.remoteAddress(user));
        }
    }

    private static String target(Object source) {
        return switch (source) {
            case DeniedRoute route -> "/" + route.path();
            case MethodInvocation call -> method(call);
            case MethodInvocationResult result -> method(result.getMethodInvocation());
            case HttpServletRequest request -> request.getRequestURI();
            default -> source.getClass().getSimpleName();
        };
    }

    private static @Nullable String kind(Object source) {
        return switch (source) {
            case DeniedRoute route -> "page";
            case MethodInvocation call -> "service call";
            case MethodInvocationResult result -> "service call";
            case HttpServletRequest request -> "web request " + request.getMethod();
            default -> null;
        };
    }

    private static String method(MethodInvocation call) {
        var method = call.getMethod();
        Object target = call.getThis();
        Class<?> type = target == null ? method.getDeclaringClass() : target.getClass();
        String name = type.getSimpleName();
        int proxy = name.indexOf("$$");
        return (proxy > 0 ? name.substring(0, proxy) : name) + "." + method.getName();
    }
}
