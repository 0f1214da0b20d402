package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.Upstream;

/**
 * Published (as a Spring application event) when an administrator sets, replaces or revokes a user's key. What was
 * read from the vendor with the old key, or while the user had one, must not be shown to the user any more: the upstream
 * layer drops what it kept for them.
 *
 * @param username whose key changed
 * @param upstream the vendor the key is for
 * @param elsewhere the change was made on another portal instance sharing the database (it reached this one as a
 *     signal through the database)
 */
public record ApiKeyChanged(String username, Upstream upstream, boolean elsewhere) {

    public ApiKeyChanged(String username, Upstream upstream) {
        this(username, upstream, false);
    }
}
