package com.complianceportal.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.security.session.*}: {@code absolute-timeout} ends every session this long after it began, however
 * active (the idle timeout is {@code server.servlet.session.timeout}).
 */
@ConfigurationProperties("portal.security.session")
public record SessionProperties(@DefaultValue("12h") Duration absoluteTimeout) {
}
