package com.complianceportal.apikey.domain;

import java.util.Set;

/**
 * Which users the key administration lists: {@code text} matches a part of the user name or name (blank: everyone);
 * {@code withoutKey} keeps those who have no key for each of these upstreams.
 */
public record KeyHolderFilter(String text, Set<Upstream> withoutKey) {

    public static final KeyHolderFilter NONE = new KeyHolderFilter("", Set.of());

    public KeyHolderFilter {
        text = text.strip();
        withoutKey = Set.copyOf(withoutKey);
    }
}
