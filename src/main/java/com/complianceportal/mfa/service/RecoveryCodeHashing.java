package com.complianceportal.mfa.service;

import com.complianceportal.mfa.domain.RecoveryCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: 16 characters of the Base32 alphabet (80 random bits), shown as four groups of four. Stored as
 * SHA-256 over a per-code random salt and the code. A fast hash suffices here, unlike for passwords: with 80 random
 * bits, guessing a code from its hash is out of reach however fast the hash, so a slow hash would only slow the
 * sign-in.
 */
final class RecoveryCodeHashing {

    static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int LENGTH = 16;
    private static final int SALT_BYTES = 16;

    private RecoveryCodeHashing() {
    }

    static List<String> newCodes(SecureRandom random) {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    static RecoveryCodes.Stored hashed(String code, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new RecoveryCodes.Stored(0, salt, hash(salt, normalised(code)));
    }

    static boolean matches(RecoveryCodes.Stored stored, String normalisedCode) {
        return MessageDigest.isEqual(stored.hash(), hash(stored.salt(), normalisedCode));
    }

    /**
     * The typed text as a code: upper case without spaces and dashes, and the digits 0, 1 and 8 (not in the
     * alphabet) read as the letters they look like.
     */
    static String normalised(String typed) {
        String upper = typed.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return upper.replace('0', 'O').replace('1', 'I').replace('8', 'B');
    }

    static boolean looksLikeRecoveryCode(String normalised) {
        return normalised.length() == LENGTH && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static byte[] hash(byte[] salt, String normalisedCode) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(normalisedCode.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
