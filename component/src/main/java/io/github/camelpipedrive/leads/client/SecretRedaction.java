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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Takes the credentials a client sends out of text a server sent back, before that text reaches an exception
 * message, a log line or a health check. Pipedrive's error texts are not known to echo a request, but a proxy, a
 * gateway or a misconfigured base URL can answer with the request line, its headers or its body (the api token, a
 * bearer token, a grant's refresh token or Basic credentials) in an error page or an error field.
 * <p>
 * Each secret is replaced in clear and in its URL-encoded form (how a form body or a query carries it) by
 * {@value #MASK}. Secrets shorter than {@value #MIN_LENGTH} characters are left alone: redacting them would garble
 * ordinary words, and no Pipedrive credential is that short.
 */
final class SecretRedaction {

    static final String MASK = "xxxxxx";
    static final int MIN_LENGTH = 6;

    private final Supplier<? extends Collection<String>> secrets;

    /** @param secrets the credentials in use now (read at every redaction: tokens rotate) */
    SecretRedaction(Supplier<? extends Collection<String>> secrets) {
        this.secrets = secrets;
    }

    /** What replaces a whole text that still holds a credential in a disguised form. */
    static final String WITHHELD = "[text withheld: it contained a credential of this client in an encoded or split"
                                   + " form]";

    /**
     * The text with every credential in use replaced by {@value #MASK}; null stays null. A credential that is still
     * there in a disguised form - JSON backslash-u escapes, other percent-encodings, split by line breaks, spaces or
     * invisible characters, in another case - withholds the whole text ({@link #WITHHELD}): it cannot be cut out
     * exactly, and a message without the server's text is better than one with the credential.
     */
    String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        java.util.Collection<String> current = secrets.get();
        for (String secret : current) {
            if (secret == null || secret.length() < MIN_LENGTH) {
                continue;
            }
            result = result.replace(secret, MASK);
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            if (!encoded.equals(secret)) {
                result = result.replace(encoded, MASK);
            }
        }
        String canonicalText = null;
        for (String secret : current) {
            if (secret == null || secret.length() < MIN_LENGTH) {
                continue;
            }
            if (canonicalText == null) {
                canonicalText = canonical(result);
            }
            if (canonicalText.contains(canonical(secret))) {
                return WITHHELD;
            }
        }
        return result;
    }

    /**
     * Text reduced to what a disguise cannot change: JSON backslash-u escapes and percent-encodings decoded,
     * whitespace, control and invisible (format) characters dropped, lower case.
     */
    static String canonical(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int decoded = -1;
            int length = 1;
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'u' || text.charAt(i + 1) == 'U')
                && isHex(text, i + 2, 4)) {
                decoded = Integer.parseInt(text.substring(i + 2, i + 6), 16);
                length = 6;
            } else if (c == '%' && isHex(text, i + 1, 2)) {
                decoded = Integer.parseInt(text.substring(i + 1, i + 3), 16);
                length = 3;
            }
            char next = decoded >= 0 ? (char) decoded : c;
            if (!Character.isWhitespace(next) && !Character.isISOControl(next)
                && Character.getType(next) != Character.FORMAT && !Character.isSpaceChar(next)) {
                out.append(Character.toLowerCase(next));
            }
            i += length;
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A failure to attach as a cause: the same one when no message in its chain holds a credential, else a copy of
     * the chain with the messages redacted and the stack traces kept (Jackson quotes the value it could not read, and
     * an error handler prints every cause).
     */
    Throwable apply(Throwable failure) {
        if (failure == null || !holdsSecret(failure)) {
            return failure;
        }
        RedactedCause copy = new RedactedCause(failure.getClass().getName() + ": " + apply(failure.getMessage()),
                failure.getCause() == failure ? null : apply(failure.getCause()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private boolean holdsSecret(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !apply(message).equals(message)) {
                return true;
            }
        }
        return false;
    }

    /** A cause whose message had a credential in it: the original class is named in the message. */
    static final class RedactedCause extends Exception {
        private static final long serialVersionUID = 1L;

        RedactedCause(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * This redaction plus the credentials a request carries in its own body (a webhook's {@code http_auth_password}):
     * a server that echoes the request would otherwise send them back.
     */
    SecretRedaction with(ApiRequest request) {
        return plus(secretsIn(request.jsonBody()));
    }

    /**
     * This redaction plus the values of an answer's secret-named members: a list of webhooks carries their
     * {@code http_auth_password}s, a token answer its tokens. A body that is not JSON all through adds the members
     * read before the point where it breaks.
     */
    SecretRedaction withSecretsOf(byte[] answerBody) {
        return plus(secretsIn(answerBody));
    }

    private SecretRedaction plus(java.util.List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        return new SecretRedaction(() -> {
            java.util.List<String> all = new java.util.ArrayList<>(secrets.get());
            all.addAll(more);
            return all;
        });
    }

    /** The text values of a JSON body's members whose names say they are secret (password, secret, token). */
    static java.util.List<String> secretsIn(byte[] jsonBody) {
        if (jsonBody == null || jsonBody.length == 0) {
            return java.util.List.of();
        }
        java.util.List<String> found = new java.util.ArrayList<>(1);
        try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                .createParser(jsonBody)) {
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null;
                 token = parser.nextToken()) {
                if (token == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && isSecretName(parser.currentName())) {
                    found.add(parser.getText());
                }
            }
        } catch (java.io.IOException notJson) {
            // a body the client built itself is JSON; nothing to add otherwise
        }
        return found;
    }

    private static boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("token");
    }

    /** The response with its body redacted, or the same response when the body holds no credential. */
    ApiResponse apply(ApiResponse response) {
        byte[] body = response.body();
        if (body == null || body.length == 0) {
            return response;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String redacted = apply(text);
        if (redacted.equals(text)) {
            return response;
        }
        return new ApiResponse(response.status(), response.headers(), redacted.getBytes(StandardCharsets.UTF_8),
                response.contentType(), response.rateLimit(), response.streamed());
    }
}
