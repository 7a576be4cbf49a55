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

import io.github.camelpipedrive.leads.exception.PipedriveConversionException;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.model.ConversionStatus;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.CONVERSION_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.DEAL_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static io.github.camelpipedrive.leads.producer.NewOperationsWireContractTest.CONVERSION;
import static io.github.camelpipedrive.leads.producer.NewOperationsWireContractTest.conversionJob;
import static io.github.camelpipedrive.leads.producer.NewOperationsWireContractTest.conversionStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * waitForConversion: the conversion is started, then its v2 status is polled until it ends; completed returns the
 * final {@link ConversionStatus}, failed or rejected or a timeout raise {@link PipedriveConversionException}.
 */
class ConversionWaitWireTest extends WireMockTestSupport {

    static final String LEAD_START = "/api/v2/leads/" + LEAD_ID + "/convert/deal";
    static final String LEAD_STATUS = "/api/v2/leads/" + LEAD_ID + "/convert/status/" + CONVERSION;
    static final String DEAL_START = "/api/v2/deals/42/convert/lead";
    static final String DEAL_STATUS = "/api/v2/deals/42/convert/status/" + CONVERSION;

    static final String WAIT = "waitForConversion=true&conversionPollInterval=10";

    // ---------------------------------------------------------------- lead to deal

    @Test
    void leadToDealPollsUntilCompletedAndReturnsTheDealId() {
        stub(post(LEAD_START), 200, conversionJob());
        stubStatusSequence(LEAD_STATUS, "\"deal_id\": 33");

        Exchange exchange = call("pipedrive-leads:convertLeadToDeal?" + WAIT, null, Map.of(ID, LEAD_ID));

        assertPolled(LEAD_START, LEAD_STATUS, 3);
        assertThat(requests().get(0).getBodyAsString()).isEqualTo("{}");
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(ConversionStatus.class);
        ConversionStatus status = (ConversionStatus) body;
        assertThat(status.getStatus()).isEqualTo("completed");
        assertThat(status.getConversionId()).isEqualTo(CONVERSION);
        assertThat(status.getDealId()).isEqualTo(33L);
        assertThat(exchange.getMessage().getHeader(CONVERSION_ID)).isEqualTo(CONVERSION);
    }

    @Test
    void leadToDealThatFailsRaisesAConversionException() {
        stub(post(LEAD_START), 200, conversionJob());
        stubStatusThenFinal(LEAD_STATUS, "failed");

        Exchange exchange = send("pipedrive-leads:convertLeadToDeal?" + WAIT, null, Map.of(ID, LEAD_ID));

        PipedriveConversionException e = conversionFailure(exchange);
        assertThat(e.getStatus()).isEqualTo("failed");
        assertThat(e.getConversionId()).isEqualTo(CONVERSION);
        assertThat(e.getMessage()).contains("convertLeadToDeal", CONVERSION, "failed");
        assertPolled(LEAD_START, LEAD_STATUS, 2);
        assertThat(exchange.getMessage().getHeader(CONVERSION_ID)).as("kept for a later status check")
                .isEqualTo(CONVERSION);
    }

    @Test
    void leadToDealThatIsRejectedRaisesAConversionException() {
        stub(post(LEAD_START), 200, conversionJob());
        stubStatusThenFinal(LEAD_STATUS, "rejected");

        PipedriveConversionException e = conversionFailure(
                send("pipedrive-leads:convertLeadToDeal?" + WAIT, null, Map.of(ID, LEAD_ID)));

        assertThat(e.getStatus()).isEqualTo("rejected");
    }

    @Test
    void leadToDealThatNeverEndsTimesOutNamingTheConversionId() {
        stub(post(LEAD_START), 200, conversionJob());
        stub(get(LEAD_STATUS), 200, conversionStatus("running", ""));

        long started = System.nanoTime();
        Exchange exchange = send("pipedrive-leads:convertLeadToDeal?" + WAIT + "&conversionTimeout=200", null,
                Map.of(ID, LEAD_ID));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        PipedriveConversionException e = conversionFailure(exchange);
        assertThat(e.getMessage()).contains(CONVERSION, "running", "200 ms");
        assertThat(e.getConversionId()).isEqualTo(CONVERSION);
        assertThat(e.getStatus()).isEqualTo("running");
        assertThat(elapsedMillis).as("bounded by conversionTimeout").isLessThan(3000);
        long polls = requests().stream().filter(r -> r.getUrl().equals(LEAD_STATUS)).count();
        assertThat(polls).as("status polls within 200 ms at 10 ms intervals").isBetween(2L, 25L);
    }

    @Test
    void withoutWaitingOnlyTheStartIsSent() {
        stub(post(LEAD_START), 200, conversionJob());
        stub(get(LEAD_STATUS), 200, conversionStatus("completed", "\"deal_id\": 33"));

        Exchange exchange = call("pipedrive-leads:convertLeadToDeal", null, Map.of(ID, LEAD_ID));

        assertThat(onlyRequest().getUrl()).isEqualTo(LEAD_START);
        assertThat(exchange.getMessage().getBody()).isNotInstanceOf(ConversionStatus.class);
    }

    // ---------------------------------------------------------------- deal to lead

    @Test
    void dealToLeadPollsUntilCompletedAndReturnsTheLeadId() {
        stub(post(DEAL_START), 200, conversionJob());
        stubStatusSequence(DEAL_STATUS, "\"lead_id\": \"" + OTHER_LEAD_ID + "\"");

        Exchange exchange = call("pipedrive-leads:convertDealToLead?" + WAIT, null, Map.of(DEAL_ID, 42L));

        assertPolled(DEAL_START, DEAL_STATUS, 3);
        ConversionStatus status = exchange.getMessage().getBody(ConversionStatus.class);
        assertThat(exchange.getMessage().getBody()).isInstanceOf(ConversionStatus.class);
        assertThat(status.getStatus()).isEqualTo("completed");
        assertThat(status.getLeadId()).isEqualTo(OTHER_LEAD_ID);
        assertThat(exchange.getMessage().getHeader(CONVERSION_ID)).isEqualTo(CONVERSION);
    }

    @Test
    void dealToLeadThatFailsRaisesAConversionException() {
        stub(post(DEAL_START), 200, conversionJob());
        stubStatusThenFinal(DEAL_STATUS, "failed");

        PipedriveConversionException e = conversionFailure(
                send("pipedrive-leads:convertDealToLead?dealId=42&" + WAIT, null));

        assertThat(e.getStatus()).isEqualTo("failed");
        assertThat(e.getMessage()).contains("convertDealToLead", CONVERSION, "failed");
        assertPolled(DEAL_START, DEAL_STATUS, 2);
    }

    @Test
    void dealToLeadThatNeverEndsTimesOutNamingTheConversionId() {
        stub(post(DEAL_START), 200, conversionJob());
        stub(get(DEAL_STATUS), 200, conversionStatus("not_started", ""));

        PipedriveConversionException e = conversionFailure(
                send("pipedrive-leads:convertDealToLead?dealId=42&" + WAIT + "&conversionTimeout=200", null));

        assertThat(e.getMessage()).contains(CONVERSION, "not_started", "200 ms");
        assertThat(e.getConversionId()).isEqualTo(CONVERSION);
        assertThat(e.getStatus()).isEqualTo("not_started");
        List<LoggedRequest> requests = requests();
        assertThat(requests.get(0).getUrl()).isEqualTo(DEAL_START);
        assertThat(requests.subList(1, requests.size())).as("polled until the timeout").hasSizeGreaterThan(1)
                .extracting(LoggedRequest::getUrl)
                .containsOnly(DEAL_STATUS);
    }

    // ---------------------------------------------------------------- helpers

    /** not_started, then running, then completed with {@code result}. */
    static void stubStatusSequence(String path, String result) {
        wireMock.stubFor(get(path).inScenario("conversion").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("running").willReturn(json(200, conversionStatus("not_started", ""))));
        wireMock.stubFor(get(path).inScenario("conversion").whenScenarioStateIs("running")
                .willSetStateTo("done").willReturn(json(200, conversionStatus("running", ""))));
        wireMock.stubFor(get(path).inScenario("conversion").whenScenarioStateIs("done")
                .willReturn(json(200, conversionStatus("completed", result))));
    }

    /** running, then the final status (failed or rejected). */
    static void stubStatusThenFinal(String path, String finalStatus) {
        wireMock.stubFor(get(path).inScenario("conversion").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("done").willReturn(json(200, conversionStatus("running", ""))));
        wireMock.stubFor(get(path).inScenario("conversion").whenScenarioStateIs("done")
                .willReturn(json(200, conversionStatus(finalStatus, ""))));
    }

    /** One POST to start, then exactly {@code polls} GETs of the status path, all with the API token. */
    static void assertPolled(String startPath, String statusPath, int polls) {
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(1 + polls);
        assertThat(requests.get(0).getMethod()).isEqualTo(RequestMethod.POST);
        assertThat(requests.get(0).getUrl()).isEqualTo(startPath);
        for (LoggedRequest poll : requests.subList(1, requests.size())) {
            assertThat(poll.getMethod()).isEqualTo(RequestMethod.GET);
            assertThat(poll.getUrl()).isEqualTo(statusPath);
            assertThat(poll.getBodyAsString()).isEmpty();
        }
        requests.forEach(WireMockTestSupport::assertAuthenticatedWithApiToken);
    }

    static PipedriveConversionException conversionFailure(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(PipedriveConversionException.class);
        return (PipedriveConversionException) exchange.getException();
    }
}
