package com.complianceportal.apikey.crypto;

/**
 * The portal cannot start because of its master key. The message is one line for the operator and never holds key
 * material; {@link MasterKeyFailureAnalyzer} prints it with {@link #action()} instead of a stack trace.
 */
public final class MasterKeyException extends RuntimeException {

    static final String HOW_TO_MAKE = "make one with: openssl rand -base64 32";

    private final String action;

    private MasterKeyException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }

    static MasterKeyException missing() {
        return new MasterKeyException("No master key for stored API keys: set PORTAL_MASTER_KEY (32 random bytes in"
                + " base64) or PORTAL_MASTER_KEY_FILE (a file holding them); " + HOW_TO_MAKE + ".",
                "Create a key file readable by the portal's user only, e.g. 'openssl rand -base64 32 > master.key &&"
                        + " chmod 600 master.key', keep a safe copy (without it stored API keys cannot be read), and"
                        + " start with PORTAL_MASTER_KEY_FILE=master.key. See README.md, \"API keys\".");
    }

    static MasterKeyException malformed(String origin, String why) {
        return new MasterKeyException(origin + " does not hold a master key: " + why + "; " + HOW_TO_MAKE + ".",
                "Give " + origin + " 32 random bytes in base64 (44 characters ending in '=').");
    }

    static MasterKeyException unreadable(String origin, String file, String why) {
        return new MasterKeyException(origin + " names " + file + ", which cannot be read (" + why + ").",
                "Check the path and that the portal's user may read the file.");
    }

    static MasterKeyException twice(String variable) {
        return new MasterKeyException("Both " + variable + " and " + variable + "_FILE are set; set only one.",
                "Remove one of the two settings.");
    }

    /** Stored keys name master key versions that the configured keys cannot open. */
    public static MasterKeyException wrongKey(String details) {
        return new MasterKeyException("cannot decrypt stored API keys: wrong master key? " + details,
                "Start with the master key that encrypted them (PORTAL_MASTER_KEY or PORTAL_MASTER_KEY_FILE). To move"
                        + " to a new master key, follow README.md, \"API keys\", rotation.");
    }
}
