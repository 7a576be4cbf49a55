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
package io.github.camelpipedrive.leads.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Checks the Basic-auth header of a delivery against the subscription's credentials in constant time: both sides are
 * hashed to 32 bytes first and compared with {@link MessageDigest#isEqual}, so neither the content nor the length of
 * the expected value shows in the time taken. Holds only the hash of the expected header, never the password.
 */
final class BasicAuthCheck {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] expectedHash;

    BasicAuthCheck(String user, String password) {
        String header = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.expectedHash = sha256(header);
    }

    /** Whether the Authorization header value is exactly the expected one (null: missing, never accepted). */
    boolean accepts(String authorization) {
        byte[] presented = sha256(authorization == null ? "" : authorization.trim());
        return MessageDigest.isEqual(expectedHash, presented) && authorization != null;
    }

    /** A random secret of 32 bytes, URL-safe Base64 (43 characters). */
    static String generateSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "BasicAuthCheck[***]";
    }
}
