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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link SecretRedaction} takes out of text a server sent back, and what it leaves. */
class SecretRedactionTest {

    private final SecretRedaction redaction = new SecretRedaction(() -> List.of("tok-SECRET-4711", "a+b/c=d&SECRET"));

    @Test
    void credentialsAreReplacedInClearAndUrlEncoded() {
        assertThat(redaction.apply("x-api-token: tok-SECRET-4711, form: token=a%2Bb%2Fc%3Dd%26SECRET"))
                .isEqualTo("x-api-token: xxxxxx, form: token=xxxxxx");
    }

    @Test
    void textWithoutCredentialsAndShortSecretsAreLeftAlone() {
        SecretRedaction shortOnes = new SecretRedaction(() -> List.of("abc", "12345"));
        assertThat(shortOnes.apply("abc 12345 abcdef")).isEqualTo("abc 12345 abcdef");
        assertThat(redaction.apply("nothing here")).isEqualTo("nothing here");
        assertThat(redaction.apply((String) null)).isNull();
    }

    @Test
    void aCredentialInADisguisedFormWithholdsTheWholeText() {
        // JSON escapes, other percent-encodings, line breaks, invisible characters: what the literal search misses
        for (String disguised : new String[] { "tok\\u002DSECRET-4711", "tok%2dsecret%2d4711",
                                               "%74%6F%6B%2D%53%45%43%52%45%54%2D%34%37%31%31", "tok-SEC\nRET-4711",
                                               "tok-SEC\r\nRET-4711", "tok-SEC\u200BRET-4711", "TOK-secret-4711" }) {
            assertThat(redaction.apply("error: " + disguised + " was refused")).as(disguised)
                    .isEqualTo(SecretRedaction.WITHHELD);
        }
        assertThat(redaction.apply("an ordinary message about tokens and secrets"))
                .isEqualTo("an ordinary message about tokens and secrets");
    }

    @Test
    void aRequestsOwnSecretMembersAreRedactedToo() {
        byte[] body = "{\"subscription_url\":\"https://x\",\"http_auth_password\":\"pw-SECRET-987654\",\"n\":1}"
                .getBytes(StandardCharsets.UTF_8);
        ApiRequest request = new ApiRequest("addWebhook", "POST", ApiVersion.V1, "/webhooks", Map.of(), body, 10);

        assertThat(redaction.with(request).apply("echo: pw-SECRET-987654 and tok-SECRET-4711"))
                .isEqualTo("echo: xxxxxx and xxxxxx");
        assertThat(SecretRedaction.secretsIn(body)).containsExactly("pw-SECRET-987654");
    }

    @Test
    void aCauseChainWithACredentialIsCopiedWithItsMessagesRedactedAndItsStackTraceKept() {
        IllegalStateException inner = new IllegalStateException("value tok-SECRET-4711 not a date");
        RuntimeException outer = new RuntimeException("while reading", inner);

        Throwable copy = redaction.apply(outer);

        assertThat(copy).isNotSameAs(outer).hasMessageContaining(RuntimeException.class.getName())
                .hasMessageContaining("while reading");
        assertThat(copy.getCause()).hasMessageContaining("value xxxxxx not a date");
        assertThat(copy.getStackTrace()).isEqualTo(outer.getStackTrace());
        Throwable clean = new IllegalStateException("nothing secret");
        assertThat(redaction.apply(clean)).isSameAs(clean);
    }
}
