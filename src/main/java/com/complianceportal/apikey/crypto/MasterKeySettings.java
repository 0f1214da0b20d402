package com.complianceportal.apikey.crypto;

import com.complianceportal.shared.Secret;
import org.jspecify.annotations.Nullable;

/**
 * {@code portal.master-key.*}: the master key that seals stored API keys, given as base64 ({@code value}) or as a file
 * holding it ({@code file}); during a rotation also the key being replaced ({@code previous}, {@code previous-file}).
 * Blank means not set. Bound by {@link KeyringInitializer} before the application context starts.
 */
public record MasterKeySettings(@Nullable Secret value, @Nullable String file, @Nullable Secret previous,
        @Nullable String previousFile) {
}
