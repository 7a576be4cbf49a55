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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadSearchResult;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.HTTP_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * allPages=true: a list operation returns an Iterator that fetches page after page only while it is consumed,
 * following {@code start}/{@code limit} (flat shape), {@code next_start} (nested shape) or {@code next_cursor} (v2
 * search), stopping at the last page, an empty page or maxResults.
 */
class AllPagesStreamingWireTest extends WireMockTestSupport {

    static final String[] IDS = {
            "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
            "00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000004",
            "00000000-0000-4000-8000-000000000005", "00000000-0000-4000-8000-000000000006" };

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:everyLead")
                        .to("pipedrive-leads:getLeads?allPages=true&limit=2")
                        .split(body()).streaming()
                        .to("mock:lead");
            }
        };
    }

    // ---------------------------------------------------------------- offset pages

    @Test
    void flatShapeIsFetchedLazilyPageByPageWithoutReadAhead() {
        stubFlatPages();

        Exchange exchange = call("pipedrive-leads:getLeads?allPages=true&limit=2&readAhead=false");

        assertThat(requests()).as("only the first page before the iterator is consumed").hasSize(1);
        assertThat(exchange.getMessage().getBody()).isInstanceOf(Iterator.class);
        assertThat(exchange.getMessage().getHeader(HTTP_STATUS)).isEqualTo(200);
        Iterator<?> leads = exchange.getMessage().getBody(Iterator.class);

        List<String> ids = new ArrayList<>();
        ids.add(leadId(leads.next()));
        ids.add(leadId(leads.next()));
        assertThat(requests()).as("the first page is consumed from memory").hasSize(1);
        assertThat(leads.hasNext()).isTrue();
        assertThat(requests()).as("the second page is fetched when needed").hasSize(2);
        leads.forEachRemaining(l -> ids.add(leadId(l)));

        assertThat(ids).containsExactly(IDS);
        List<LoggedRequest> requests = requests();
        assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(
                "/api/v1/leads?limit=2", "/api/v1/leads?limit=2&start=2", "/api/v1/leads?limit=2&start=4");
        requests.forEach(WireMockTestSupport::assertAuthenticatedWithApiToken);
        assertThat(leads.hasNext()).isFalse();
        assertThat(requests()).as("nothing after the last page").hasSize(3);
    }

    @Test
    void readAheadRequestsTheNextPageWhileTheCallerWalksThisOneAndNothingMore() {
        stubFlatPages();

        Iterator<?> leads = call("pipedrive-leads:getLeads?allPages=true&limit=2").getMessage()
                .getBody(Iterator.class);

        // nothing consumed yet: the second page is on its way, the third waits until the second is reached
        await().atMost(Duration.ofSeconds(10)).until(() -> requests().size() == 2);
        assertThat(leadId(leads.next())).isEqualTo(IDS[0]);
        assertThat(requests()).hasSize(2);
        assertThat(drain(leads)).containsExactly(IDS[1], IDS[2], IDS[3], IDS[4], IDS[5]);
        assertThat(leads.hasNext()).isFalse();
        assertThat(requests()).extracting(LoggedRequest::getUrl).as("the same requests in the same order")
                .containsExactly("/api/v1/leads?limit=2", "/api/v1/leads?limit=2&start=2",
                        "/api/v1/leads?limit=2&start=4");
    }

    @Test
    void aPageReadAheadThatFailsFailsWhereTheCallerReachesIt() {
        stubSecondPageFails();

        Iterator<?> leads = call("pipedrive-leads:getLeads?allPages=true&limit=2").getMessage()
                .getBody(Iterator.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> requests().size() == 2);

        assertThat(leadId(leads.next())).isEqualTo(IDS[0]);
        assertThat(leadId(leads.next())).isEqualTo(IDS[1]);
        assertThatThrownBy(leads::hasNext).isInstanceOf(PipedriveApiException.class).hasMessageContaining("bad page");
        assertThatThrownBy(leads::hasNext).as("asked again, the walk does not end quietly")
                .isInstanceOf(PipedriveApiException.class);
    }

    @Test
    void aFailedPageNeverLetsTheWalkEndQuietlyWithoutReadAhead() {
        stubSecondPageFails();
        Iterator<?> leads = call("pipedrive-leads:getLeads?allPages=true&limit=2&readAhead=false").getMessage()
                .getBody(Iterator.class);
        leads.next();
        leads.next();

        assertThatThrownBy(leads::hasNext).isInstanceOf(PipedriveApiException.class);
        // a caller that catches the failure and asks again must not be told the list is complete
        assertThatThrownBy(leads::hasNext).isInstanceOf(PipedriveApiException.class);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void nestedShapeFollowsNextStart() {
        stubPage(null, pageOf(0, 1), "{\"pagination\":{\"start\":0,\"limit\":2,\"more_items_in_collection\":true,"
                                     + "\"next_start\":10}}");
        stubPage("10", pageOf(2, 3), "{\"pagination\":{\"start\":10,\"limit\":2,\"more_items_in_collection\":true,"
                                     + "\"next_start\":20}}");
        stubPage("20", pageOf(4, 5), "{\"pagination\":{\"start\":20,\"limit\":2,"
                                     + "\"more_items_in_collection\":false}}");

        Iterator<?> leads = call("pipedrive-leads:getLeads?allPages=true&limit=2&readAhead=false").getMessage()
                .getBody(Iterator.class);

        assertThat(requests()).hasSize(1);
        assertThat(drain(leads)).containsExactly(IDS);
        assertThat(requests()).extracting(LoggedRequest::getUrl).containsExactly(
                "/api/v1/leads?limit=2", "/api/v1/leads?limit=2&start=10", "/api/v1/leads?limit=2&start=20");
    }

    @Test
    void maxResultsStopsEarlyWithoutExtraRequests() {
        stubFlatPages();

        Iterator<?> leads = call("pipedrive-leads:getLeads?allPages=true&limit=2&maxResults=3").getMessage()
                .getBody(Iterator.class);

        assertThat(drain(leads)).containsExactly(IDS[0], IDS[1], IDS[2]);
        assertThat(leads.hasNext()).isFalse();
        assertThat(requests()).extracting(LoggedRequest::getUrl)
                .containsExactly("/api/v1/leads?limit=2", "/api/v1/leads?limit=2&start=2");
    }

    @Test
    void maxResultsOfOnePageNeverFetchesTheSecond() {
        stubFlatPages();

        Iterator<?> leads = call("pipedrive-leads:getLeads?allPages=true&limit=2&maxResults=2").getMessage()
                .getBody(Iterator.class);

        assertThat(drain(leads)).containsExactly(IDS[0], IDS[1]);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void anEmptyPageEndsTheIterationEvenIfMoreIsAnnounced() {
        stubPage(null, pageOf(0, 1), "{\"start\":0,\"limit\":2,\"more_items_in_collection\":true}");
        stubPage("2", "[]", "{\"start\":2,\"limit\":2,\"more_items_in_collection\":true}");
        stubPage("4", pageOf(4, 5), "{\"start\":4,\"limit\":2,\"more_items_in_collection\":false}");

        Iterator<?> leads = call("pipedrive-leads:getLeads?allPages=true&limit=2").getMessage()
                .getBody(Iterator.class);

        assertThat(drain(leads)).containsExactly(IDS[0], IDS[1]);
        assertThat(requests()).extracting(LoggedRequest::getUrl)
                .containsExactly("/api/v1/leads?limit=2", "/api/v1/leads?limit=2&start=2");
    }

    @Test
    void archivedLeadsArePagedToo() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/leads/archived")).withQueryParam("start", absent())
                .willReturn(json(200, list(pageOf(0, 1), "{\"start\":0,\"limit\":2,"
                                                         + "\"more_items_in_collection\":true}"))));
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/leads/archived")).withQueryParam("start", equalTo("2"))
                .willReturn(json(200, list(pageOf(2), "{\"start\":2,\"limit\":2,"
                                                      + "\"more_items_in_collection\":false}"))));

        Iterator<?> leads = call("pipedrive-leads:getArchivedLeads?allPages=true&limit=2").getMessage()
                .getBody(Iterator.class);

        assertThat(drain(leads)).containsExactly(IDS[0], IDS[1], IDS[2]);
        assertThat(requests()).extracting(LoggedRequest::getUrl).containsExactly(
                "/api/v1/leads/archived?limit=2", "/api/v1/leads/archived?limit=2&start=2");
    }

    @Test
    void splitStreamingWalksEveryLeadInARoute() throws Exception {
        stubFlatPages();
        MockEndpoint mock = getMockEndpoint("mock:lead");
        mock.expectedMessageCount(6);

        template.sendBody("direct:everyLead", null);

        mock.assertIsSatisfied();
        assertThat(mock.getExchanges()).extracting(e -> e.getMessage().getBody())
                .allSatisfy(b -> assertThat(b).isInstanceOf(Lead.class));
        assertThat(mock.getExchanges()).extracting(e -> ((Lead) e.getMessage().getBody()).getId())
                .containsExactly(IDS);
        assertThat(requests()).hasSize(3);
    }

    // ---------------------------------------------------------------- v2 cursor pages

    @Test
    void aCursorThatComesBackEndsTheWalkWithAFailureAfterThePagesRead() {
        // a cache that ignores the query string answers every page with the first one
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/leads/search")).willReturn(json(200, searchPage("same", 0, 1))));

        Exchange exchange = call("pipedrive-leads:searchLeads?allPages=true&term=acme&limit=2");
        Iterator<?> results = exchange.getMessage().getBody(Iterator.class);
        List<String> ids = new ArrayList<>();

        assertThatThrownBy(() -> results.forEachRemaining(r -> ids.add(((LeadSearchResult) r).getItem().getId())))
                .isInstanceOf(PipedriveLeadsException.class).hasMessageContaining("next_cursor")
                .hasMessageContaining("read already");
        assertThat(ids).as("the pages read are delivered first").containsExactly(IDS[0], IDS[1], IDS[0], IDS[1]);
        assertThat(requests()).as("not one page more").hasSize(2);
    }

    @Test
    void searchFollowsNextCursorUntilNull() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/leads/search")).withQueryParam("cursor", absent())
                .willReturn(json(200, searchPage("c-2", 0, 1))));
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/leads/search")).withQueryParam("cursor", equalTo("c-2"))
                .willReturn(json(200, searchPage("c-3", 2, 3))));
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/leads/search")).withQueryParam("cursor", equalTo("c-3"))
                .willReturn(json(200, searchPage(null, 4))));

        Exchange exchange = call("pipedrive-leads:searchLeads?allPages=true&term=acme&limit=2&readAhead=false");

        assertThat(requests()).hasSize(1);
        Iterator<?> results = exchange.getMessage().getBody(Iterator.class);
        List<String> ids = new ArrayList<>();
        results.forEachRemaining(r -> ids.add(((LeadSearchResult) r).getItem().getId()));
        assertThat(ids).containsExactly(IDS[0], IDS[1], IDS[2], IDS[3], IDS[4]);
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(3);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.getUrl()).startsWith("/api/v2/leads/search?");
            assertThat(query(r, "term")).isEqualTo("acme");
            assertThat(query(r, "limit")).isEqualTo("2");
        });
        assertThat(requests.get(0).getQueryParams()).doesNotContainKey("cursor");
        assertThat(query(requests.get(1), "cursor")).isEqualTo("c-2");
        assertThat(query(requests.get(2), "cursor")).isEqualTo("c-3");
    }

    // ---------------------------------------------------------------- helpers

    /** A first page of two leads that announces more, and a second page (start 2) answered 400 "bad page". */
    static void stubSecondPageFails() {
        stubPage(null, pageOf(0, 1), "{\"start\":0,\"limit\":2,\"more_items_in_collection\":true}");
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/leads")).withQueryParam("start", equalTo("2"))
                .willReturn(json(400, "{\"success\":false,\"error\":\"bad page\",\"errorCode\":400}")));
    }

    /** Three flat-shape pages of two leads: start 0, 2 and 4. */
    static void stubFlatPages() {
        stubPage(null, pageOf(0, 1), "{\"start\":0,\"limit\":2,\"more_items_in_collection\":true}");
        stubPage("2", pageOf(2, 3), "{\"start\":2,\"limit\":2,\"more_items_in_collection\":true}");
        stubPage("4", pageOf(4, 5), "{\"start\":4,\"limit\":2,\"more_items_in_collection\":false}");
    }

    /** A GET /api/v1/leads page for the given start query parameter (null: absent). */
    static void stubPage(String start, String data, String additionalData) {
        MappingBuilder request = get(urlPathEqualTo("/api/v1/leads"))
                .withQueryParam("start", start == null ? absent() : equalTo(start));
        wireMock.stubFor(request.willReturn(json(200, list(data, additionalData))));
    }

    static String pageOf(int... indexes) {
        StringBuilder sb = new StringBuilder("[");
        for (int i : indexes) {
            sb.append(sb.length() > 1 ? "," : "").append(leadJson(IDS[i], "Lead " + i));
        }
        return sb.append(']').toString();
    }

    static String searchPage(String nextCursor, int... indexes) {
        StringBuilder items = new StringBuilder();
        for (int i : indexes) {
            items.append(items.length() > 0 ? "," : "").append("{\"result_score\":1,\"item\":{\"id\":\"")
                    .append(IDS[i]).append("\",\"type\":\"lead\",\"title\":\"Lead ").append(i).append("\"}}");
        }
        return "{\"success\":true,\"data\":{\"items\":[" + items + "]},\"additional_data\":{\"next_cursor\":"
               + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}}";
    }

    static String leadId(Object lead) {
        assertThat(lead).isInstanceOf(Lead.class);
        return ((Lead) lead).getId();
    }

    static List<String> drain(Iterator<?> leads) {
        List<String> ids = new ArrayList<>();
        leads.forEachRemaining(l -> ids.add(leadId(l)));
        return ids;
    }
}
