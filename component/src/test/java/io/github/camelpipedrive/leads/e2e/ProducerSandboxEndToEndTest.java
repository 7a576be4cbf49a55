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

import java.util.List;
import java.util.Map;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.DeletedItem;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadLabel;
import io.github.camelpipedrive.leads.model.LeadLabelColor;
import io.github.camelpipedrive.leads.model.LeadSource;
import io.github.camelpipedrive.leads.model.LeadValue;
import io.github.camelpipedrive.leads.model.UpdateLeadLabelRequest;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All ten classic operations through the component against the sandbox, as a user's route would run them: labels,
 * leads, reading, paging, update with null-unset, delete, and the API's own error answers.
 */
class ProducerSandboxEndToEndTest extends SandboxEndToEndTestSupport {

    @RegisterExtension
    static PipedriveSandboxExtension sandbox = new PipedriveSandboxExtension(PipedriveSandbox.builder());

    @Override
    PipedriveSandboxExtension sandbox() {
        return sandbox;
    }


    private <T> T body(String operation, Object body, Map<String, Object> headers, Class<T> type) {
        return call(operation, body, headers).getMessage().getBody(type);
    }

    @Test
    void labelsAndLeadsLifecycle() {
        // labels
        LeadLabel label = body("addLeadLabel", new AddLeadLabelRequest("Inbound", LeadLabelColor.DARK_GRAY), Map.of(),
                LeadLabel.class);
        assertThat(label.getId()).isNotBlank();
        assertThat(label.getColor()).isEqualTo("dark-gray");
        LeadLabel renamed = body("updateLeadLabel", new UpdateLeadLabelRequest().name("Inbound web"),
                Map.of(PipedriveLeadsConstants.ID, label.getId()), LeadLabel.class);
        assertThat(renamed.getName()).isEqualTo("Inbound web");
        assertThat(renamed.getColor()).isEqualTo("dark-gray");
        List<?> labels = body("getLeadLabels", null, Map.of(), List.class);
        assertThat(labels).extracting(l -> ((LeadLabel) l).getName()).contains("Hot", "Cold", "Warm", "Inbound web");

        // leads
        Lead created = body("addLead", new AddLeadRequest("ACME inbound").personId(1)
                .value(LeadValue.of(5000, "EUR")).labelIds(List.of(label.getId())), Map.of(), Lead.class);
        assertThat(created.getSourceName()).isEqualTo("API");
        assertThat(created.getValue()).isEqualTo(LeadValue.of(5000, "EUR"));
        Exchange createdExchange = call("addLead", Map.of("title", "From a map", "organization_id", 2), Map.of());
        assertThat(createdExchange.getMessage().getHeader(PipedriveLeadsConstants.HTTP_STATUS)).isEqualTo(201);
        Lead fromJson = body("addLead", "{\"title\":\"From JSON\",\"person_id\":3}", Map.of(), Lead.class);

        Lead read = body("getLead", null, Map.of(PipedriveLeadsConstants.ID, created.getId()), Lead.class);
        assertThat(read.getTitle()).isEqualTo("ACME inbound");
        assertThat(read.getLabelIds()).containsExactly(label.getId());

        // update: explicit null unsets, absent keeps
        Lead updated = body("updateLead", new UpdateLeadRequest().title("ACME (qualified)").value(null),
                Map.of(PipedriveLeadsConstants.ID, created.getId()), Lead.class);
        assertThat(updated.getTitle()).isEqualTo("ACME (qualified)");
        assertThat(updated.getValue()).isNull();
        assertThat(updated.getPersonId()).isEqualTo(1L);

        // paging
        Exchange page1 = call("getLeads", null, Map.of(PipedriveLeadsConstants.LIMIT, 2));
        assertThat(page1.getMessage().getBody(List.class)).hasSize(2);
        assertThat(page1.getMessage().getHeader(PipedriveLeadsConstants.MORE_ITEMS, Boolean.class)).isTrue();
        Exchange page2 = call("getLeads", null, Map.of(PipedriveLeadsConstants.LIMIT, 2,
                PipedriveLeadsConstants.START, 2));
        assertThat(page2.getMessage().getBody(List.class)).extracting(l -> ((Lead) l).getId())
                .containsExactly(fromJson.getId());
        assertThat(page2.getMessage().getHeader(PipedriveLeadsConstants.MORE_ITEMS, Boolean.class)).isFalse();
        assertThat(page2.getMessage().getHeader(PipedriveLeadsConstants.RATE_LIMIT_LIMIT)).isNotNull();

        // archived leads move to their own list; archivedStatus maps onto it
        body("updateLead", new UpdateLeadRequest().archived(true),
                Map.of(PipedriveLeadsConstants.ID, fromJson.getId()), Lead.class);
        assertThat(body("getLeads", null, Map.of(), List.class)).hasSize(2);
        assertThat(body("getLeads", null, Map.of(PipedriveLeadsConstants.ARCHIVED_STATUS, "archived"), List.class))
                .extracting(l -> ((Lead) l).getId()).containsExactly(fromJson.getId());
        assertThat(body("getLeads", null, Map.of(PipedriveLeadsConstants.ARCHIVED_STATUS, "all"), List.class))
                .hasSize(3);

        // delete
        DeletedItem deleted = body("deleteLead", null, Map.of(PipedriveLeadsConstants.ID, created.getId()),
                DeletedItem.class);
        assertThat(deleted.getId()).isEqualTo(created.getId());
        assertThat(body("deleteLeadLabel", null, Map.of(PipedriveLeadsConstants.ID, label.getId()),
                DeletedItem.class).getId()).isEqualTo(label.getId());

        // sources
        List<?> sources = body("getLeadSources", null, Map.of(), List.class);
        assertThat(sources).extracting(s -> ((LeadSource) s).getName()).contains("API", "Web forms");
    }

    @Test
    void theApisOwnErrorsArriveAsPipedriveApiException() {
        String missing = "adf21080-0e10-11eb-879b-05d71fb426ec";
        Exchange notFound = template.request("pipedrive-leads:getLead", e -> e.getMessage()
                .setHeader(PipedriveLeadsConstants.ID, missing));
        assertThat(notFound.getException()).isInstanceOfSatisfying(PipedriveApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(404);
            assertThat(e.getError()).isEqualTo("requested lead not found");
            assertThat(e.getPath()).isEqualTo("/api/v1/leads/" + missing);
        });

        Exchange emptyOnNotFound = template.request("pipedrive-leads:getLead?notFoundAsEmptyBody=true",
                e -> e.getMessage().setHeader(PipedriveLeadsConstants.ID, missing));
        assertThat(emptyOnNotFound.getException()).isNull();
        assertThat(emptyOnNotFound.getMessage().getBody()).isNull();

        // a person that does not exist passes our validation; the API (sandbox) refuses it
        Exchange unknownPerson = template.request("pipedrive-leads:addLead", e -> e.getMessage()
                .setBody(new AddLeadRequest("Ghost").personId(999_999)));
        assertThat(unknownPerson.getException()).isInstanceOfSatisfying(PipedriveApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(400));

        Exchange unauthorized = template.request("pipedrive-leads:getLeadSources?apiToken=wrong-token-123",
                e -> { });
        assertThat(unauthorized.getException()).isInstanceOfSatisfying(PipedriveApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(401);
            assertThat(e.getMessage()).doesNotContain("wrong-token-123");
        });
    }
}
