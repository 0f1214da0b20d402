package com.complianceportal.apikey.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * AES-256-GCM through a Tink keyset: each value gets a fresh random nonce and starts with the version of the master key
 * that sealed it (Tink's prefix: 0x01, then the version), so values under an old and a new master key open side by
 * side during a rotation. New values are always sealed under the current key.
 */
public final class Keyring {

    private static final byte TINK_PREFIX = 0x01;
    private static final int PREFIX_LENGTH = 5;

    private final Aead aead;
    private final int current;
    private final Set<Integer> versions = new LinkedHashSet<>();

    public Keyring(MasterKey current, List<MasterKey> previous) {
        this.current = current.version();
        try {
            AeadConfig.register();
            KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
            keyset.addEntry(KeysetHandle.importKey(aesKey(current)).makePrimary());
            versions.add(current.version());
            for (MasterKey key : previous) {
                if (versions.add(key.version())) {
                    keyset.addEntry(KeysetHandle.importKey(aesKey(key)));
                }
            }
            aead = keyset.build().getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not set up AES-256-GCM", e);
        }
    }

    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM encryption failed", e);
        }
    }

    /** Opens a value sealed under any key of this ring; refuses a value that was altered or sealed for other data. */
    public byte[] open(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        return aead.decrypt(ciphertext, associatedData);
    }

    public int currentVersion() {
        return current;
    }

    /** Versions this ring can open: the current key's first, then those of previous keys. */
    public Set<Integer> versions() {
        return Set.copyOf(versions);
    }

    public boolean knows(int version) {
        return versions.contains(version);
    }

    /** The master key version a sealed value names, or empty when it does not start like one. */
    public static OptionalInt versionOf(byte[] ciphertext) {
        if (ciphertext.length < PREFIX_LENGTH || ciphertext[0] != TINK_PREFIX) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(ByteBuffer.wrap(ciphertext, 1, 4).getInt());
    }

    private static AesGcmKey aesKey(MasterKey key) throws GeneralSecurityException {
        AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(MasterKey.LENGTH).setIvSizeBytes(12)
                .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.TINK).build();
        return AesGcmKey.builder().setParameters(parameters)
                .setKeyBytes(SecretBytes.copyFrom(key.bytes(), InsecureSecretKeyAccess.get()))
                .setIdRequirement(key.version()).build();
    }

    @Override
    public String toString() {
        return "Keyring[current=" + MasterKey.versionText(current) + ", versions=" + versions.size() + "]";
    }
}
