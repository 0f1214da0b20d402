package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.shared.Secret;

/**
 * The port that tries a key against its vendor with one cheap authenticated read, sent once. Implemented where the
 * vendors are called (upstream mode only); {@link ApiKeyTesting} decrypts the key and hands it over for that one call.
 */
public interface KeyCheck {

    /** What the vendor made of the key, with the round-trip time; a failure is a verdict, never an exception. */
    KeyCheckResult check(Upstream upstream, Secret key);
}
