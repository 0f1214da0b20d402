package com.complianceportal.apikey.crypto;

import com.complianceportal.shared.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 master key. Its version is derived from the key (a truncated HMAC of a fixed text), so every sealed value
 * names the key that sealed it, a wrong key is recognised before any decryption, and operators never number keys.
 */
public final class MasterKey {

    public static final int LENGTH = 32;
    private static final byte[] VERSION_LABEL = "compliance-portal master key version".getBytes(StandardCharsets.UTF_8);

    private final byte[] bytes;
    private final int version;

    private MasterKey(byte[] bytes) {
        this.bytes = bytes.clone();
        this.version = versionOf(bytes);
    }

    /** Reads a key given as base64; {@code origin} names where it came from in the message of a refusal. */
    public static MasterKey fromBase64(Secret encoded, String origin) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(encoded.reveal().strip());
        } catch (IllegalArgumentException notBase64) {
            throw MasterKeyException.malformed(origin, "it is not base64");
        }
        if (decoded.length != LENGTH) {
            throw MasterKeyException.malformed(origin, "it decodes to " + decoded.length + " bytes instead of "
                    + LENGTH);
        }
        return new MasterKey(decoded);
    }

    public static MasterKey generate() {
        byte[] fresh = new byte[LENGTH];
        new SecureRandom().nextBytes(fresh);
        return new MasterKey(fresh);
    }

    public int version() {
        return version;
    }

    /** The version as operators read it in the log: eight hexadecimal digits. */
    public String versionText() {
        return versionText(version);
    }

    public static String versionText(int version) {
        return String.format("%08x", version);
    }

    /** The key in base64, to be written to a file readable by its owner only. */
    Secret toBase64() {
        return Secret.of(Base64.getEncoder().encodeToString(bytes));
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "MasterKey[version=" + versionText() + "]";
    }

    private static int versionOf(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ByteBuffer.wrap(mac.doFinal(VERSION_LABEL)).getInt();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
