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

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.client.UsageStatistics;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveResponseTooLargeException;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.testutil.RawHttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A success body that starts as a JSON object is bound while it streams from the connection (no copy of the body
 * into bytes first); everything else a success can carry still reads as before. These pin what that must not change:
 * the results, the page headers, the retry of a connection lost mid-body (without duplicates), and the errors of
 * malformed, cut or wrongly shaped content (not retried).
 */
class StreamedSuccessBodyWireTest extends WireMockTestSupport {

    private static final String LEADS = "/api/v1/leads";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        PipedriveLeadsComponent component = camelContext.getComponent("pipedrive-leads",
                PipedriveLeadsComponent.class);
        component.getConfiguration().setRetryInitialDelay(10);
        component.getConfiguration().setRetryMaxDelay(20);
        return camelContext;
    }

    @Test
    void aPageOfLeadsIsBoundWhileItStreamsWithItsPageHeaders() {
        String leads = IntStream.range(0, 3).mapToObj(i -> leadJson(id(i), "Lead " + i))
                .collect(Collectors.joining(",", "[", "]"));
        wireMock.stubFor(get(urlPathEqualTo(LEADS)).willReturn(json(200, list(leads,
                "{\"pagination\":{\"start\":0,\"limit\":3,\"more_items_in_collection\":true,\"next_start\":3}}"))));

        Exchange exchange = call("pipedrive-leads:getLeads?limit=3");

        List<?> body = exchange.getMessage().getBody(List.class);
        assertThat(body).hasSize(3).allSatisfy(lead -> assertThat(lead).isInstanceOf(Lead.class));
        assertThat(((Lead) body.get(2)).getTitle()).isEqualTo("Lead 2");
        assertThat(exchange.getMessage().getHeader(PipedriveLeadsConstants.MORE_ITEMS)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(PipedriveLeadsConstants.NEXT_START)).isEqualTo(3);
    }

    @Test
    void whitespaceBeforeTheObjectIsAllowed() {
        stub(get(LEAD_PATH), 200, " \r\n\t " + success(leadJson(LEAD_ID, "Spaced")));

        Exchange exchange = call("pipedrive-leads:getLead?id=" + LEAD_ID);

        assertThat(exchange.getMessage().getBody(Lead.class).getTitle()).isEqualTo("Spaced");
    }

    @Test
    void aConnectionLostMidPageIsRetriedAndEveryLeadArrivesOnce() throws Exception {
        String page = list(IntStream.range(0, 500).mapToObj(i -> leadJson(id(i), "Lead " + i))
                .collect(Collectors.joining(",", "[", "]")),
                "{\"pagination\":{\"start\":0,\"limit\":500,\"more_items_in_collection\":false}}");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                      + "\r\n\r\n";
        AtomicInteger connections = new AtomicInteger();
        try (RawHttpServer server = new RawHttpServer(out -> {
            RawHttpServer.write(out, head);
            // the first answer stops after 200 of the 500 leads and closes: the parse has begun when it fails
            out.write(bytes, 0, connections.incrementAndGet() == 1 ? bytes.length * 2 / 5 : bytes.length);
        })) {
            Exchange exchange = call("pipedrive-leads:getLeads?allPages=true&limit=500&baseUrl=" + server.baseUrl());

            Set<String> ids = new HashSet<>();
            int count = 0;
            for (java.util.Iterator<?> it = exchange.getMessage().getBody(java.util.Iterator.class); it.hasNext();) {
                ids.add(((Lead) it.next()).getId());
                count++;
            }
            assertThat(count).isEqualTo(500);
            assertThat(ids).hasSize(500);
            assertThat(connections.get()).isEqualTo(2);
        }
    }

    @Test
    void anHtmlSuccessPageIsReportedWithItsTitle() {
        wireMock.stubFor(get(LEAD_PATH).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>Planned maintenance</title></head><body>back soon</body></html>")));

        Exchange exchange = send("pipedrive-leads:getLead?id=" + LEAD_ID, null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class)
                .hasMessageContaining("HTTP 200 with malformed JSON").hasMessageContaining("Planned maintenance");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void aBodyCutInsideItsJsonIsMalformedAndNotRetried() {
        stub(get(urlPathEqualTo(LEADS)), 200, "{\"success\":true,\"data\":[" + leadJson(LEAD_ID, "One")
                                               + ",{\"id\":");

        Exchange exchange = send("pipedrive-leads:getLeads", null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class)
                .hasMessageContaining("getLeads").hasMessageContaining("HTTP 200 with malformed JSON")
                .hasMessageContaining("bytes read");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void dataOfAnotherShapeNamesTheOperationAndTheTypeAndIsNotRetried() {
        stub(get(urlPathEqualTo(LEADS)), 200, success("\"not a list\""));

        Exchange exchange = send("pipedrive-leads:getLeads", null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class)
                .hasMessageContaining("Cannot read the getLeads response as List<Lead>");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void bytesAfterTheObjectCountAgainstTheSizeLimit() {
        // the object ends early; what follows it is still part of the body that maxResponseSize bounds
        String body = success(leadJson(LEAD_ID, "Short")) + " ".repeat(100_000);
        wireMock.stubFor(get(LEAD_PATH).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body).withChunkedDribbleDelay(5, 50)));

        Exchange exchange = send("pipedrive-leads:getLead?id=" + LEAD_ID + "&maxResponseSize=65536&maxRetries=0", null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveResponseTooLargeException.class)
                .hasMessageContaining("more than 65536 bytes");
    }

    @Test
    void aSuccessThatCannotBeBoundIsStillCountedInTheUsageStatistics() {
        stub(get(urlPathEqualTo(LEADS)), 200, success("\"not a list\""));
        UsageStatistics usage = component().getUsageStatistics();
        long before = usage.getRequests();

        Exchange exchange = send("pipedrive-leads:getLeads", null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class);
        assertThat(usage.getRequests()).isEqualTo(before + 1);
    }

    @Test
    void aBodyThatIsNotAnObjectIsStillReportedAsSuch() {
        stub(get(LEAD_PATH), 200, "[]");

        Exchange exchange = send("pipedrive-leads:getLead?id=" + LEAD_ID, null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class)
                .hasMessageContaining("without a JSON object body");
    }

    private static final String LEAD_PATH = LEADS + "/" + LEAD_ID;

    private static String id(int i) {
        return String.format("00000000-0000-4000-8000-%012d", i);
    }
}
