package com.complianceportal.user.service;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedRuntimeException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every sign-in attempt and tells {@link SignInThrottle} about failures and successes. Runs while nobody is
 * signed in yet, so it is driven by Spring Security's events rather than called by a user.
 * <p>
 * A sign-in that cannot be recorded does not succeed: a database failure becomes an
 * {@link InternalAuthenticationServiceException}, which the login page shows as "sign-in is unavailable" instead of
 * sending the user back to an empty form.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final SignInRecords records;
    private final SignInThrottle throttle;
    private final SignInMeters meters;

    SignInAttempts(SignInRecords records, SignInThrottle throttle, SignInMeters meters) {
        this.meters = meters;
        this.records = records;
        this.throttle = throttle;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        recorded(() -> records.succeeded(authentication.getName(), remoteAddress(authentication)));
        throttle.succeeded(authentication.getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String name = authentication.getName();
        String address = remoteAddress(authentication);
        String reason = event.getException().getClass().getSimpleName();
        switch (event) {
            case AuthenticationFailureLockedEvent locked -> {
                meters.failed("locked");
                recorded(() -> records.refusedLocked(name, address));
            }
            case AuthenticationFailureServiceExceptionEvent unavailable -> {
                meters.failed("unavailable");
                try {
                    records.unavailable(name, reason, address);
                } catch (NestedRuntimeException alsoFailed) {
                    log.warn("A sign-in that failed on the server could not be audited either: {}",
                            alsoFailed.getMostSpecificCause().getMessage());
                }
            }
            default -> {
                meters.failed("bad_credentials");
                recorded(() -> records.failed(name, reason, address, throttle.failed(name, address)));
            }
        }
    }

    /** Runs {@code write}; a database or transaction failure ends the sign-in as "unavailable". */
    private static void recorded(Runnable write) {
        try {
            write.run();
        } catch (NestedRuntimeException e) {
            throw new InternalAuthenticationServiceException("The sign-in could not be recorded", e);
        }
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
