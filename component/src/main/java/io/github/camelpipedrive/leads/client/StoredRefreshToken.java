/*
 * Copyright 2026 The camel-pipedrive-leads authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelpipedrive.leads.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a rotated refresh token is written to the {@code oauthTokenStore}: sealed with AES-GCM under a key derived from
 * the app's client secret, bound to the store key. A repository that logs or prints its values (Camel's
 * {@code FileStateRepository} logs every update at DEBUG) then shows an opaque string, not a usable token; a value
 * copied under another installation's key does not open. Hex keeps it safe for line-based files (no '=' or newline).
 * Changing the client secret makes stored tokens unreadable: the configured refreshToken is used again.
 */
public final class StoredRefreshToken {

    private static final String PREFIX = "v2:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] binding;

    public StoredRefreshToken(String clientSecret, String storeKey) {
        this.key = new SecretKeySpec(derive(clientSecret), "AES");
        this.binding = storeKey.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] derive(String clientSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal("camel-pipedrive-leads/oauth-token-store/v2".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The sealed form of a refresh token, for the store. */
    public String seal(String refreshToken) {
        return PREFIX + sealHex(refreshToken);
    }

    /**
     * A secret sealed as bare hex (no prefix), for a record that keeps several values in fields of its own (see
     * {@code SharedOAuthTokens}).
     */
    String sealHex(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return HexFormat.of().formatHex(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM unavailable", e);
        }
    }

    /** The refresh token of a stored value, or null when it was not sealed by this client secret for this key. */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return null;
        }
        return openHex(stored.substring(PREFIX.length()));
    }

    /** The secret of {@link #sealHex}'s form, or null when it was not sealed by this client secret for this key. */
    String openHex(String sealedHex) {
        try {
            byte[] in = HexFormat.of().parseHex(sealedHex);
            if (in.length <= IV_BYTES) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(binding);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException unreadable) {
            return null;
        }
    }
}
