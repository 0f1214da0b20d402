package com.complianceportal.mfa.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.security.mfa.*}: whether administrators must use two-step sign-in. True unless configured otherwise;
 * the demo profile turns it off, and the demo profile never forces it whatever is configured.
 */
@ConfigurationProperties("portal.security.mfa")
public record MfaSettings(@DefaultValue("true") boolean requiredForAdmin) {
}
