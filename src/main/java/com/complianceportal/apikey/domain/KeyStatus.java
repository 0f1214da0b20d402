package com.complianceportal.apikey.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What may be shown about a stored key: never the key, only its last four characters, its label and its history. */
public record KeyStatus(Upstream upstream, String lastFour, @Nullable String label, Instant createdAt,
        @Nullable Instant replacedAt, @Nullable Instant lastUsedAt, String setBy) {

    /** The key as screens show it, e.g. "•••• 3f9a". */
    public String masked() {
        return "•••• " + lastFour;
    }

    /** When the key now stored was set: when it replaced another, or else when it was created. */
    public Instant setAt() {
        return replacedAt != null ? replacedAt : createdAt;
    }
}
