package com.complianceportal.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Looks for a secret in bytes: as itself and base64-encoded (standard and URL alphabet) at each of the three byte
 * alignments it could have inside a longer encoded value. Errs on the side of finding: the encoded forms leave out
 * their last characters, which depend on the bytes after the secret.
 */
public final class LeakScan {

    private LeakScan() {
    }

    /** Every form in which the secret would give itself away, as bytes to search for. */
    public static List<byte[]> forms(String secret) {
        byte[] plain = secret.getBytes(StandardCharsets.UTF_8);
        List<byte[]> forms = new ArrayList<>();
        forms.add(plain);
        for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
            for (int shift = 0; shift < 3; shift++) {
                byte[] shifted = new byte[shift + plain.length];
                System.arraycopy(plain, 0, shifted, shift, plain.length);
                String encoded = encoder.withoutPadding().encodeToString(shifted);
                // Drop the characters that also depend on the bytes around the secret.
                int from = shift == 0 ? 0 : 4;
                int to = encoded.length() - 4;
                forms.add(encoded.substring(from, to).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return forms;
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether any form of the secret occurs in the bytes. */
    public static boolean reveals(byte[] haystack, String secret) {
        return forms(secret).stream().anyMatch(form -> contains(haystack, form));
    }
}
