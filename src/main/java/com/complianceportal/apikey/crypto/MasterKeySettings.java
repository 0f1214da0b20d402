package com.complianceportal.apikey.crypto;

import com.complianceportal.shared.Secret;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.master-key.*}: the master key that seals stored API keys, given as base64 ({@code value}) or as a file
 * holding it ({@code file}); during a rotation also the key being replaced ({@code previous}, {@code previous-file}).
 * Blank means not set.
 */
@ConfigurationProperties("portal.master-key")
public record MasterKeySettings(@Nullable Secret value, @Nullable String file, @Nullable Secret previous,
        @Nullable String previousFile) {
}
