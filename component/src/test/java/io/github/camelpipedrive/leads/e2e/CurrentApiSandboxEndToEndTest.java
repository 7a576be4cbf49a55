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
package io.github.camelpipedrive.leads.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.model.ConversionJob;
import io.github.camelpipedrive.leads.model.ConversionStatus;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadField;
import io.github.camelpipedrive.leads.model.LeadSearchResult;
import io.github.camelpipedrive.leads.exception.PipedriveConversionException;
import io.github.camelpipedrive.leads.sandbox.ConversionOutcome;
import io.github.camelpipedrive.leads.sandbox.LeadFieldCatalog;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations the API grew since the classic ten, streaming, and custom fields by name, end to end against the
 * sandbox.
 */
class CurrentApiSandboxEndToEndTest extends SandboxEndToEndTestSupport {

    @RegisterExtension
    static PipedriveSandboxExtension sandbox = new PipedriveSandboxExtension(PipedriveSandbox.builder());

    @Override
    PipedriveSandboxExtension sandbox() {
        return sandbox;
    }

    @BeforeEach
    void cleanSandbox() {
        sandbox.get().activeLeadIds().forEach(id -> sandbox.get().deleteLead(id));
        sandbox.get().resetRequestLog();
    }


    @Test
    void archivedLeadsPermittedUsersAndFields() {
        String kept = sandbox.get().createLead("Kept", 1, null);
        String archived = sandbox.get().createLead("Archived", 1, null);
        sandbox.get().archiveLead(archived);

        List<?> archivedLeads = call("getArchivedLeads", null, Map.of()).getMessage().getBody(List.class);
        assertThat(archivedLeads).extracting(l -> ((Lead) l).getId()).contains(archived).doesNotContain(kept);

        List<?> users = call("getLeadPermittedUsers", null, Map.of(PipedriveLeadsConstants.ID, kept)).getMessage()
                .getBody(List.class);
        assertThat(users).isNotEmpty().allSatisfy(u -> assertThat(u).isInstanceOf(Long.class));

        List<?> fields = call("getLeadFields?limit=500", null, Map.of()).getMessage().getBody(List.class);
        assertThat(fields).extracting(f -> ((LeadField) f).getKey()).contains("title", LeadFieldCatalog.ENUM_FIELD_KEY);
    }

    @Test
    void searchFollowsTheV2Cursor() {
        for (int i = 0; i < 7; i++) {
            sandbox.get().createLead("Globex deal " + i, 1, null);
        }
        sandbox.get().createLead("Unrelated", 1, null);

        Exchange first = call("searchLeads?limit=5", null, Map.of(PipedriveLeadsConstants.TERM, "Globex"));
        List<?> page = first.getMessage().getBody(List.class);
        String cursor = first.getMessage().getHeader(PipedriveLeadsConstants.NEXT_CURSOR, String.class);
        assertThat(page).hasSize(5).allSatisfy(r -> assertThat(((LeadSearchResult) r).getItem().getTitle())
                .startsWith("Globex"));
        assertThat(cursor).isNotBlank();

        Exchange second = call("searchLeads?limit=5", null, Map.of(PipedriveLeadsConstants.TERM, "Globex",
                PipedriveLeadsConstants.CURSOR, cursor));
        assertThat(second.getMessage().getBody(List.class)).hasSize(2);
        assertThat(second.getMessage().getHeader(PipedriveLeadsConstants.NEXT_CURSOR)).isNull();

        Iterator<?> all = call("searchLeads?limit=3&allPages=true", null, Map.of(PipedriveLeadsConstants.TERM,
                "Globex")).getMessage().getBody(Iterator.class);
        List<Object> results = new ArrayList<>();
        all.forEachRemaining(results::add);
        assertThat(results).hasSize(7);
    }

    @Test
    void theV1SearchPagesWithStart() {
        for (int i = 0; i < 5; i++) {
            sandbox.get().createLead("Initech " + i, 1, null);
        }
        sandbox.get().resetRequestLog();

        Exchange first = call("searchLeads?searchApiVersion=v1&limit=3", null,
                Map.of(PipedriveLeadsConstants.TERM, "Initech"));
        assertThat(first.getMessage().getBody(List.class)).hasSize(3);
        assertThat(first.getMessage().getHeader(PipedriveLeadsConstants.NEXT_START)).isEqualTo(3);
        Exchange second = call("searchLeads?searchApiVersion=v1&limit=3", null,
                Map.of(PipedriveLeadsConstants.TERM, "Initech", PipedriveLeadsConstants.START, 3));
        assertThat(second.getMessage().getBody(List.class)).hasSize(2);

        Iterator<?> all = call("searchLeads?searchApiVersion=v1&limit=2&allPages=true", null,
                Map.of(PipedriveLeadsConstants.TERM, "Initech")).getMessage().getBody(Iterator.class);
        List<Object> results = new ArrayList<>();
        all.forEachRemaining(results::add);
        assertThat(results).hasSize(5);
        assertThat(sandbox.get().requestLog()).allMatch(line -> line.contains("/v1/leads/search"));
    }

    @Test
    void leadToDealAndBackWaitingForTheConversions() {
        String lead = sandbox.get().createLead("Convert me", 1, null);

        Exchange started = call("convertLeadToDeal?waitForConversion=true&conversionPollInterval=10", null,
                Map.of(PipedriveLeadsConstants.ID, lead));
        ConversionStatus toDeal = started.getMessage().getBody(ConversionStatus.class);
        assertThat(toDeal.isCompleted()).isTrue();
        assertThat(toDeal.getDealId()).isNotNull();
        assertThat(started.getMessage().getHeader(PipedriveLeadsConstants.CONVERSION_ID)).isEqualTo(
                toDeal.getConversionId());
        assertThat(sandbox.get().activeLeadIds()).doesNotContain(lead);

        ConversionStatus toLead = call("convertDealToLead?waitForConversion=true&conversionPollInterval=10", null,
                Map.of(PipedriveLeadsConstants.DEAL_ID, toDeal.getDealId())).getMessage()
                .getBody(ConversionStatus.class);
        assertThat(toLead.isCompleted()).isTrue();
        assertThat(sandbox.get().activeLeadIds()).contains(toLead.getLeadId());
    }

    @Test
    void conversionStatusByHandAndAFailedConversion() {
        String lead = sandbox.get().createLead("Check by hand", 1, null);
        ConversionJob job = call("convertLeadToDeal", null, Map.of(PipedriveLeadsConstants.ID, lead)).getMessage()
                .getBody(ConversionJob.class);
        ConversionStatus status = call("getLeadConversionStatus", null, Map.of(PipedriveLeadsConstants.ID, lead,
                PipedriveLeadsConstants.CONVERSION_ID, job.getConversionId())).getMessage()
                .getBody(ConversionStatus.class);
        assertThat(status.getConversionId()).isEqualTo(job.getConversionId());

        String doomed = sandbox.get().createLead("Doomed", 1, null);
        sandbox.get().failNextConversion(ConversionOutcome.FAILED);
        Exchange failed = template.request("pipedrive-leads:convertLeadToDeal?waitForConversion=true"
                                           + "&conversionPollInterval=10",
                e -> e.getMessage().setHeader(PipedriveLeadsConstants.ID, doomed));
        assertThat(failed.getException()).isInstanceOfSatisfying(PipedriveConversionException.class,
                e -> assertThat(e.getStatus()).isEqualTo("failed"));
    }

    @Test
    void streamingTwoThousandLeadsWithSplitStreaming() throws Exception {
        for (int i = 0; i < 2000; i++) {
            sandbox.get().createLead("Bulk " + i, 1 + i % 3, null);
        }
        AtomicInteger seen = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all").to("pipedrive-leads:getLeads?allPages=true&limit=500")
                        .split(body()).streaming().process(e -> seen.incrementAndGet());
            }
        });
        sandbox.get().resetRequestLog();

        template.sendBody("direct:all", null);

        assertThat(seen.get()).isEqualTo(2000);
        assertThat(sandbox.get().requestCount()).isEqualTo(4);

        Iterator<?> capped = call("getLeads?allPages=true&limit=100&maxResults=150", null, Map.of()).getMessage()
                .getBody(Iterator.class);
        List<Object> first150 = new ArrayList<>();
        capped.forEachRemaining(first150::add);
        assertThat(first150).hasSize(150);
    }

    @Test
    void customFieldsByNameOnReadAndWrite() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Named fields");
        body.put("person_id", 1);
        body.put("Lead tier", "Silver");
        body.put("Interests", List.of("Software", "Services"));
        body.put("Campaign", "Spring launch");

        Lead created = call("addLead?resolveCustomFieldNames=true", body, Map.of()).getMessage().getBody(Lead.class);

        assertThat(created.customField(LeadFieldCatalog.ENUM_FIELD_KEY)).isEqualTo(191);
        assertThat(created.getCustomFieldsByName()).containsEntry("Lead tier", "Silver")
                .containsEntry("Interests", List.of("Software", "Services"))
                .containsEntry("Campaign", "Spring launch");

        Lead read = call("getLead?resolveCustomFieldNames=true", null, Map.of(PipedriveLeadsConstants.ID,
                created.getId())).getMessage().getBody(Lead.class);
        assertThat(read.getCustomFieldsByName()).containsEntry("Lead tier", "Silver");

        Exchange unknown = template.request("pipedrive-leads:addLead?resolveCustomFieldNames=true",
                e -> e.getMessage().setBody(Map.of("title", "x", "person_id", 1, "Nope", 1)));
        assertThat(unknown.getException()).hasMessageContaining("Nope").hasMessageContaining("Lead tier");
    }
}
