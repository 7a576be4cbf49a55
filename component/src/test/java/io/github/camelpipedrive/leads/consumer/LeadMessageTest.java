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
package io.github.camelpipedrive.leads.consumer;

import java.time.Instant;

import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's per-lead message writes its headers only when something reads them, and then exactly as before. */
class LeadMessageTest {

    private final CamelContext camel = started(new DefaultCamelContext());

    private static CamelContext started(CamelContext camel) {
        camel.start(); // the headers map factory (case-insensitive keys) is set up when the context starts
        return camel;
    }

    @AfterEach
    void close() throws Exception {
        camel.close();
    }

    private LeadMessage message() {
        Lead lead = new Lead();
        lead.setId("adf21080-0e10-11eb-879b-05d71fb426ec");
        lead.setAddTime(Instant.parse("2026-01-02T03:04:05Z"));
        lead.setUpdateTime(Instant.parse("2026-02-03T04:05:06Z"));
        Exchange exchange = new DefaultExchange(camel);
        LeadMessage message = new LeadMessage(exchange, lead, "new");
        exchange.setIn(message);
        return message;
    }

    @Test
    void aRouteThatReadsOnlyTheBodyNeverCreatesTheHeaderMap() {
        LeadMessage message = message();

        assertThat(message.getBody(Lead.class).getId()).isEqualTo("adf21080-0e10-11eb-879b-05d71fb426ec");
        assertThat(message.headersWritten()).isFalse();
    }

    @Test
    void theHeadersAreThereOnFirstRead() {
        LeadMessage message = message();

        assertThat(message.getHeader(PipedriveLeadsConstants.ID)).isEqualTo("adf21080-0e10-11eb-879b-05d71fb426ec");
        assertThat(message.headersWritten()).isTrue();
        assertThat(message.getHeaders()).containsOnlyKeys(PipedriveLeadsConstants.ID,
                PipedriveLeadsConstants.ADD_TIME, PipedriveLeadsConstants.UPDATE_TIME, PipedriveLeadsConstants.FEED);
        assertThat(message.getHeader(PipedriveLeadsConstants.ADD_TIME))
                .isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(message.getHeader(PipedriveLeadsConstants.UPDATE_TIME))
                .isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
        assertThat(message.getHeader(PipedriveLeadsConstants.FEED)).isEqualTo("new");
    }

    @Test
    void hasHeadersAndCaseInsensitiveLookupSeeThemWithoutAPriorRead() {
        assertThat(message().hasHeaders()).isTrue();
        assertThat(message().getHeader(PipedriveLeadsConstants.ID.toLowerCase())).isNotNull();
    }

    @Test
    void headersSetOrRemovedByTheRouteKeepTheOthers() {
        LeadMessage message = message();

        message.setHeader("mine", 1);
        message.removeHeader(PipedriveLeadsConstants.FEED);

        assertThat(message.getHeaders()).containsKeys("mine", PipedriveLeadsConstants.ID)
                .doesNotContainKey(PipedriveLeadsConstants.FEED);
    }

    @Test
    void theHeadersAreTheLeadsValuesWhenTheExchangeWasCreated() {
        LeadMessage message = message();
        Lead lead = message.getBody(Lead.class);

        lead.setId("changed-by-the-route");
        lead.setUpdateTime(Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(message.getHeader(PipedriveLeadsConstants.ID)).isEqualTo("adf21080-0e10-11eb-879b-05d71fb426ec");
        assertThat(message.getHeader(PipedriveLeadsConstants.UPDATE_TIME))
                .isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
    }

    @Test
    void aCopyOfTheExchangeCarriesBodyAndHeaders() {
        LeadMessage message = message();

        Exchange copy = message.getExchange().copy();

        assertThat(copy.getMessage().getBody()).isSameAs(message.getBody());
        assertThat(copy.getMessage().getHeader(PipedriveLeadsConstants.ID))
                .isEqualTo("adf21080-0e10-11eb-879b-05d71fb426ec");
        assertThat(copy.getMessage().getHeader(PipedriveLeadsConstants.FEED)).isEqualTo("new");
    }
}
