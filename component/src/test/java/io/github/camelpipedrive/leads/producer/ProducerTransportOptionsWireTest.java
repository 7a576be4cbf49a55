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

import java.util.Map;

import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.DAILY_TOKENS_REMAINING;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.HTTP_STATUS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.RATE_LIMIT_LIMIT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.RATE_LIMIT_REMAINING;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.RATE_LIMIT_RESET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport-path options of the producer: the rateLimitHeaders switch (component default, endpoint override)
 * and a base URL whose path prefix is kept in front of every request path (the base URI is parsed once per endpoint).
 */
class ProducerTransportOptionsWireTest extends WireMockTestSupport {

    private void stubLeadWithRateLimitHeaders(String path) {
        wireMock.stubFor(get(path).willReturn(json(200, success(leadJson(LEAD_ID)))
                .withHeader("x-ratelimit-limit", "40")
                .withHeader("x-ratelimit-remaining", "39")
                .withHeader("x-ratelimit-reset", "2")
                .withHeader("x-daily-ratelimit-token-remaining", "29998")));
    }

    @Test
    void rateLimitHeadersFalseLeavesThemOutButStillMapsTheResult() {
        stubLeadWithRateLimitHeaders("/api/v1/leads/" + LEAD_ID);

        Message message = call("pipedrive-leads:getLead?rateLimitHeaders=false", null, Map.of(ID, LEAD_ID))
                .getMessage();

        assertThat(message.getHeaders()).doesNotContainKeys(RATE_LIMIT_LIMIT, RATE_LIMIT_REMAINING, RATE_LIMIT_RESET,
                DAILY_TOKENS_REMAINING);
        assertThat(message.getHeader(HTTP_STATUS)).isEqualTo(200);
        assertThat(message.getBody(Lead.class).getId()).isEqualTo(LEAD_ID);
    }

    @Test
    void endpointRateLimitHeadersTrueOverridesTheComponentDefault() {
        component().getConfiguration().setRateLimitHeaders(false);
        stubLeadWithRateLimitHeaders("/api/v1/leads/" + LEAD_ID);

        Message off = call("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)).getMessage();
        Message on = call("pipedrive-leads:getLead?rateLimitHeaders=true", null, Map.of(ID, LEAD_ID)).getMessage();

        assertThat(off.getHeaders()).doesNotContainKeys(RATE_LIMIT_LIMIT, RATE_LIMIT_REMAINING, RATE_LIMIT_RESET,
                DAILY_TOKENS_REMAINING);
        assertThat(on.getHeader(RATE_LIMIT_LIMIT)).isEqualTo(40);
        assertThat(on.getHeader(RATE_LIMIT_REMAINING)).isEqualTo(39);
        assertThat(on.getHeader(RATE_LIMIT_RESET)).isEqualTo(2);
        assertThat(on.getHeader(DAILY_TOKENS_REMAINING)).isEqualTo(29998L);
    }

    @Test
    void baseUrlPathPrefixIsKeptOnEveryRequest() {
        stubLeadWithRateLimitHeaders("/pipedrive-proxy/api/v1/leads/" + LEAD_ID);
        String uri = "pipedrive-leads:getLead?baseUrl=RAW(" + wireMock.baseUrl() + "/pipedrive-proxy/)";

        Lead first = call(uri, null, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);
        Lead second = call(uri, null, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);

        assertThat(first.getId()).isEqualTo(LEAD_ID);
        assertThat(second.getId()).isEqualTo(LEAD_ID);
        assertThat(wireMock.getAllServeEvents()).hasSize(2).allSatisfy(e -> assertThat(e.getRequest().getUrl())
                .isEqualTo("/pipedrive-proxy/api/v1/leads/" + LEAD_ID));
    }
}
