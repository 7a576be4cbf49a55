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

import java.util.function.BiConsumer;

/**
 * Supplies the credential header of each request. Credentials travel only in headers, never in URLs.
 * Implementations must not reveal the credential in {@code toString()}.
 */
public interface AuthProvider {

    /** Adds the credential header(s) through the given (name, value) sink. */
    void apply(BiConsumer<String, String> headerSink);

    /**
     * A stable, non-reversible identity of the credential (for caches keyed per account); never the credential.
     */
    default String identity() {
        return Integer.toHexString(System.identityHashCode(this));
    }

    /** Called once after a 401: true when a fresh credential was obtained and the request should be retried. */
    default boolean renewAfterUnauthorized() {
        return false;
    }

    /**
     * The secrets this provider sends or holds now (tokens, a client secret, Basic credentials), so that text a
     * server echoes back can be cleaned of them before it reaches a message. Never shown anywhere.
     */
    default java.util.List<String> secrets() {
        return java.util.List.of();
    }

    /** A base URL the credential dictates (OAuth's api_domain), if any. */
    default java.util.Optional<String> baseUrl() {
        return java.util.Optional.empty();
    }

    /** An API token sent in the {@code x-api-token} header. */
    static AuthProvider apiToken(String token) {
        return new StaticHeaderAuth("x-api-token", token, "api token");
    }

    /** A static OAuth access token sent as {@code Authorization: Bearer}. */
    static AuthProvider bearer(String accessToken) {
        return new StaticHeaderAuth("Authorization", "Bearer " + accessToken, "bearer token");
    }

    /** Sends one fixed header; {@code toString()} shows only the kind. */
    final class StaticHeaderAuth implements AuthProvider {
        private final String header;
        private final String value;
        private final String kind;

        StaticHeaderAuth(String header, String value, String kind) {
            this.header = header;
            this.value = value;
            this.kind = kind;
        }

        @Override
        public void apply(BiConsumer<String, String> headerSink) {
            headerSink.accept(header, value);
        }

        @Override
        public java.util.List<String> secrets() {
            return value.startsWith("Bearer ") ? java.util.List.of(value, value.substring(7))
                    : java.util.List.of(value);
        }

        @Override
        public String identity() {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return kind + ":" + java.util.HexFormat.of().formatHex(digest, 0, 8);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return kind + " (hidden)";
        }
    }
}
