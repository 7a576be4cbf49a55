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
