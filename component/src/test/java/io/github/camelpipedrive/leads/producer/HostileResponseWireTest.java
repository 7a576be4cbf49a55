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
package io.github.camelpipedrive.leads.producer;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveResponseTooLargeException;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.testutil.RawHttpServer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responses and inputs of a broken or hostile server or caller, each of which used to exhaust memory, hold a thread,
 * forge log lines, truncate a number or overflow the stack: every one now ends in a clear exception of the component.
 */
class HostileResponseWireTest extends WireMockTestSupport {

    static final String LEAD_PATH = "/api/v1/leads/" + LEAD_ID;
    static final String GET_LEAD = "pipedrive-leads:getLead?id=" + LEAD_ID;

    // ---------------------------------------------------------------- response size

    @Test
    void aHugeContentLengthIsRefusedBeforeReading() throws Exception {
        // a server library would correct the header, so this one writes raw bytes: 2 GB announced, 26 sent
        try (RawHttpServer server = new RawHttpServer(out -> RawHttpServer.write(out, "HTTP/1.1 200 OK\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n"
                + "{\"success\":true,\"data\":{}}"))) {

            Exchange exchange = send(GET_LEAD + "&maxRetries=0&baseUrl=" + server.baseUrl(), null);

            assertThat(exchange.getException()).isInstanceOf(PipedriveResponseTooLargeException.class)
                    .hasMessageContaining("Content-Length of 2000000000 bytes")
                    .hasMessageContaining("maxResponseSize of 16777216 bytes");
        }
    }

    @Test
    void aStreamedBodyOverTheLimitIsRefusedWhileStreaming() {
        // chunked transfer: no Content-Length to refuse up front, the count while reading must stop it
        String big = "{\"success\":true,\"data\":{\"title\":\"" + "x".repeat(300_000) + "\"}}";
        wireMock.stubFor(get(LEAD_PATH).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(big).withChunkedDribbleDelay(20, 200)));

        Exchange exchange = send(GET_LEAD + "&maxResponseSize=65536&maxRetries=0", null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveResponseTooLargeException.class)
                .hasMessageContaining("more than 65536 bytes");
        assertThat(((PipedriveResponseTooLargeException) exchange.getException()).getMaxResponseSize())
                .isEqualTo(65536);
    }

    @Test
    void aGzipBombIsRefusedAfterDecompression() throws Exception {
        // 64 MB of zeros compress to about 64 KB: small on the wire, far over the 16 MB default once inflated
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gzip.write(zeros);
            }
        }
        assertThat(compressed.size()).isLessThan(1 << 20);
        wireMock.stubFor(get(LEAD_PATH).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
                .withBody(compressed.toByteArray())));

        Exchange exchange = send(GET_LEAD + "&maxRetries=0", null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveResponseTooLargeException.class)
                .hasMessageContaining("decompressed");
    }

    @Test
    void aResponseWithinTheLimitIsReadAsBefore() {
        stub(get(LEAD_PATH), 200, success(leadJson(LEAD_ID)));

        call(GET_LEAD + "&maxResponseSize=4096");
    }

    // ---------------------------------------------------------------- whole-response deadline

    @Test
    void aBodyDripFedOneByteAt400MillisFailsAtTheResponseDeadline() throws Exception {
        // 30 bytes, one every 400 ms: each byte arrives well within responseTimeout, the whole would take 12 s
        String body = "{\"success\":true,\"data\":null}  ";
        assertThat(body).hasSize(30);
        try (RawHttpServer server = new RawHttpServer(out -> {
            RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 30\r\n\r\n");
            for (char c : body.toCharArray()) {
                Thread.sleep(400); // the slow server being simulated, not a synchronisation
                RawHttpServer.write(out, String.valueOf(c));
            }
        })) {
            Exchange exchange = send(GET_LEAD + "&responseTimeout=1000&responseDeadline=2500&maxRetries=0&baseUrl="
                                     + server.baseUrl(), null);

            assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class)
                    .hasMessageContaining("no complete response within responseDeadline of 2500 ms");
        }
    }

    // ---------------------------------------------------------------- error text

    @Test
    void pipedrivesErrorTextIsSanitizedInTheMessageAndKeptWhole() throws Exception {
        String forged = "bad request\r\n12:00:00.000 INFO  [main] admin logged in\u001b[2J\u2028x" + "y".repeat(1_000_000);
        wireMock.stubFor(get(LEAD_PATH).willReturn(json(400, JSON.writeValueAsString(
                Map.of("success", false, "error", forged, "error_info", "see\ndocs")))));

        Exchange exchange = send(GET_LEAD, null);

        PipedriveApiException e = (PipedriveApiException) exchange.getException();
        assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u001b", "\u2028")
                .contains("bad request  12:00:00.000 INFO  [main] admin logged in", "(see docs)");
        assertThat(e.getMessage().length()).isLessThan(1_000);
        assertThat(e.getError()).as("the full text").isEqualTo(forged);
        assertThat(e.getErrorInfo()).isEqualTo("see\ndocs");
    }

    // ---------------------------------------------------------------- numbers out of range

    @Test
    void aLimitBeyondSixtyFourBitsIsRefusedNotTruncated() {
        BigInteger twoTo64Plus5 = BigInteger.TWO.pow(64).add(BigInteger.valueOf(5));

        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(PipedriveLeadsConstants.LIMIT, twoTo64Plus5)),
                "limit", "between 1 and 500", "18446744073709551621");
    }

    @Test
    void anOwnerIdBeyondSixtyFourBitsIsRefusedNotTruncated() {
        BigInteger twoTo64Plus1 = BigInteger.TWO.pow(64).add(BigInteger.ONE);

        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(PipedriveLeadsConstants.OWNER_ID, twoTo64Plus1)),
                "ownerId", "between 1 and 9223372036854775807", "18446744073709551617");
        wireMock.resetRequests();
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(PipedriveLeadsConstants.OWNER_ID, 1e30)),
                "ownerId", "between 1 and 9223372036854775807");
        wireMock.resetRequests();
        assertRejected(send("pipedrive-leads:getLeads", null,
                Map.of(PipedriveLeadsConstants.OWNER_ID, "18446744073709551617")), "ownerId", "between 1 and");
    }

    // ---------------------------------------------------------------- nesting depth

    @Test
    void aMapBodyNestedThousandsOfLevelsIsAValidationError() {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Deep"));
        Map<String, Object> inner = new HashMap<>();
        body.put("person_id", inner);
        for (int i = 0; i < 3_000; i++) {
            Map<String, Object> next = new HashMap<>();
            inner.put("a", next);
            inner = next;
        }

        Exchange exchange = send("pipedrive-leads:addLead", body);

        assertRejected(exchange, "body", "nests deeper than 200 levels");
    }

    @Test
    void aJsonBodyNestedThousandsOfLevelsIsAValidationError() {
        String deep = "{\"title\":\"Deep\",\"x\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}";

        Exchange exchange = send("pipedrive-leads:addLead", deep);

        assertThat(exchange.getException()).isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("nesting depth");
        assertNoRequestSent();
    }

    @Test
    void aResponseNestedThousandsOfLevelsIsAClearError() {
        String deep = "{\"success\":true,\"data\":{\"id\":\"" + LEAD_ID + "\",\"x\":" + "[".repeat(3_000)
                      + "]".repeat(3_000) + "}}";
        stub(get(urlPathEqualTo(LEAD_PATH)), 200, deep);

        Exchange exchange = send(GET_LEAD, null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class)
                .hasMessageContaining("nesting depth");
    }
}
