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
package io.github.camelpipedrive.leads.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conversion jobs progress with the sandbox clock (default delay 1 s, advanced by hand here): the
 * first half of the delay {@code not_started}, then {@code running}, then the outcome, applied at
 * the due time whether or not anyone polls.
 */
class SandboxConversionTest {

    private static final Duration HALF = PipedriveSandbox.Builder.DEFAULT_CONVERSION_DELAY.dividedBy(2);

    private static final String V2_NOT_FOUND = "{\"success\":false,\"error\":\"Entity was not found\","
            + "\"error_info\":\"Object was not found.\",\"data\":null,\"additional_data\":null}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).seedLeads(3).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String startLeadConversion(String leadId, String body) {
        SandboxHttp.Resp resp = http.post("/api/v2/leads/" + leadId + "/convert/deal", body);
        assertThat(resp.status).as(resp.body).isEqualTo(200);
        assertThat(resp.json().get("additional_data").isNull()).isTrue();
        return resp.json().at("/data/conversion_id").asText();
    }

    private JsonNode leadStatus(String leadId, String conversionId) {
        SandboxHttp.Resp resp = http.get("/api/v2/leads/" + leadId + "/convert/status/" + conversionId);
        assertThat(resp.status).as(resp.body).isEqualTo(200);
        return resp.json().get("data");
    }

    @Test
    void leadToDealRunsNotStartedRunningCompletedAndThenTheLeadIsGone() {
        String leadId = sandbox.activeLeadIds().get(1);
        String conversionId = startLeadConversion(leadId, "{\"stage_id\":2}");
        assertThat(conversionId).matches("[0-9a-f-]{36}");

        JsonNode first = leadStatus(leadId, conversionId);
        assertThat(first.get("status").asText()).isEqualTo("not_started");
        assertThat(first.get("conversion_id").asText()).isEqualTo(conversionId);
        assertThat(first.has("deal_id")).isFalse();
        assertThat(http.get("/api/v1/leads/" + leadId).status).isEqualTo(200);

        clock.advance(HALF);
        assertThat(leadStatus(leadId, conversionId).get("status").asText()).isEqualTo("running");
        assertThat(http.get("/api/v1/leads/" + leadId).status).isEqualTo(200);

        clock.advance(HALF);
        JsonNode done = leadStatus(leadId, conversionId);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        int dealId = done.get("deal_id").asInt();
        assertThat(dealId).isEqualTo(11);
        assertThat(sandbox.dealExists(dealId)).isTrue();
        assertThat(leadStatus(leadId, conversionId).get("deal_id").asInt()).as("terminal state is stable")
                .isEqualTo(dealId);

        assertThat(http.get("/api/v1/leads/" + leadId).status).isEqualTo(404);
        assertThat(SandboxLeadsTest.ids(http.get("/api/v1/leads").json())).doesNotContain(leadId);
        assertThat(sandbox.activeLeadCount()).isEqualTo(2);

        // the new deal converts back into a lead that remembers its source deal
        String back = http.post("/api/v2/deals/" + dealId + "/convert/lead", "").json().at("/data/conversion_id")
                .asText();
        String dealStatusPath = "/api/v2/deals/" + dealId + "/convert/status/" + back;
        assertThat(http.get(dealStatusPath).json().at("/data/status").asText()).isEqualTo("not_started");
        clock.advance(HALF);
        assertThat(http.get(dealStatusPath).json().at("/data/status").asText()).isEqualTo("running");
        Instant due = clock.instant().plus(HALF);
        clock.advance(HALF.multipliedBy(3));
        JsonNode completed = http.get(dealStatusPath).json().get("data");
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        String newLead = completed.get("lead_id").asText();
        JsonNode lead = http.get("/api/v1/leads/" + newLead).json().get("data");
        assertThat(lead.get("source_deal_id").asInt()).isEqualTo(dealId);
        assertThat(lead.get("source_name").asText()).isEqualTo("Deal");
        assertThat(lead.get("add_time").asText()).as("created at the job's due time, not when it was read")
                .isEqualTo(due.toString().replace("Z", ".000Z"));
        assertThat(sandbox.dealExists(dealId)).isFalse();
        assertThat(http.post("/api/v2/deals/" + dealId + "/convert/lead", "").body).isEqualTo(V2_NOT_FOUND);
    }

    @Test
    void seededDealsConvertToLeads() {
        String conversionId = http.post("/api/v2/deals/4/convert/lead", "").json().at("/data/conversion_id").asText();
        clock.advance(HALF.multipliedBy(2));
        JsonNode done = http.get("/api/v2/deals/4/convert/status/" + conversionId).json().get("data");
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(sandbox.activeLeadIds()).contains(done.get("lead_id").asText());
        assertThat(http.post("/api/v2/deals/11/convert/lead", "").status).isEqualTo(404);
        assertThat(http.post("/api/v2/deals/abc/convert/lead", "").status).isEqualTo(400);
    }

    @Test
    void failedAndRejectedConversionsLeaveEverythingInPlace() {
        String leadId = sandbox.activeLeadIds().get(0);
        sandbox.failNextConversion(ConversionOutcome.FAILED);
        String failed = startLeadConversion(leadId, "");
        clock.advance(HALF.multipliedBy(2));
        JsonNode end = leadStatus(leadId, failed);
        assertThat(end.get("status").asText()).isEqualTo("failed");
        assertThat(end.has("deal_id")).isFalse();
        assertThat(http.get("/api/v1/leads/" + leadId).status).isEqualTo(200);

        sandbox.failNextConversion(ConversionOutcome.REJECTED);
        String rejected = http.post("/api/v2/deals/2/convert/lead", "").json().at("/data/conversion_id").asText();
        clock.advance(HALF.multipliedBy(2));
        assertThat(http.get("/api/v2/deals/2/convert/status/" + rejected).json().at("/data/status").asText())
                .isEqualTo("rejected");
        assertThat(sandbox.dealExists(2)).isTrue();

        // the switch applies to the next job only
        String ok = startLeadConversion(leadId, "");
        clock.advance(HALF.multipliedBy(2));
        assertThat(leadStatus(leadId, ok).get("status").asText()).isEqualTo("completed");
    }

    @Test
    void builderOutcomeAppliesToEveryConversion() {
        try (PipedriveSandbox failing = PipedriveSandbox.builder().seedLeads(1).conversionDelay(Duration.ZERO)
                .conversionOutcome(ConversionOutcome.FAILED).build()) {
            SandboxHttp client = new SandboxHttp(failing.start(), failing.apiToken());
            String leadId = failing.activeLeadIds().get(0);
            for (int round = 0; round < 2; round++) {
                String id = client.post("/api/v2/leads/" + leadId + "/convert/deal", "").json()
                        .at("/data/conversion_id").asText();
                String status = client.get("/api/v2/leads/" + leadId + "/convert/status/" + id).json()
                        .at("/data/status").asText();
                assertThat(status).as("a zero delay ends the job at once").isEqualTo("failed");
            }
            assertThat(failing.activeLeadIds()).containsExactly(leadId);
        }
    }

    @Test
    void notFoundAndValidation() {
        String leadId = sandbox.activeLeadIds().get(0);
        SandboxHttp.Resp unknownLead = http.post("/api/v2/leads/" + java.util.UUID.randomUUID() + "/convert/deal", "");
        assertThat(unknownLead.status).isEqualTo(404);
        assertThat(unknownLead.body).isEqualTo(V2_NOT_FOUND);
        SandboxHttp.Resp unknownJob = http.get("/api/v2/leads/" + leadId + "/convert/status/"
                + java.util.UUID.randomUUID());
        assertThat(unknownJob.body).isEqualTo(V2_NOT_FOUND);
        String job = startLeadConversion(leadId, "{\"pipeline_id\":1}");
        assertThat(http.get("/api/v2/leads/" + sandbox.activeLeadIds().get(1) + "/convert/status/" + job).status)
                .as("a job belongs to its lead").isEqualTo(404);
        assertThat(http.get("/api/v2/deals/1/convert/status/" + job).status).isEqualTo(404);

        SandboxHttp.Resp extra = http.post("/api/v2/leads/" + leadId + "/convert/deal", "{\"owner_id\":1}");
        assertThat(extra.status).isEqualTo(400);
        assertThat(extra.json().get("error_info").asText()).isEqualTo("\"owner_id\" is not allowed");
        assertThat(http.post("/api/v2/leads/" + leadId + "/convert/deal", "{\"stage_id\":\"x\"}").status)
                .isEqualTo(400);
        assertThat(http.post("/v1/leads/" + leadId + "/convert/deal", "").status).as("v2 only").isEqualTo(404);
    }

    @Test
    void javaConvertLeadCompletesAtOnce() {
        String leadId = sandbox.activeLeadIds().get(2);
        sandbox.convertLead(leadId);
        assertThat(sandbox.activeLeadIds()).doesNotContain(leadId);
        assertThat(http.get("/api/v1/leads/" + leadId).status).isEqualTo(404);
        assertThat(sandbox.dealExists(11)).isTrue();
    }

    @Test
    void aJobCompletesWithTheClockWithoutAnyStatusPoll() {
        String leadId = sandbox.activeLeadIds().get(0);
        startLeadConversion(leadId, "");
        clock.advance(HALF);
        assertThat(http.get("/api/v1/leads/" + leadId).status).isEqualTo(200);
        clock.advance(HALF);
        assertThat(http.get("/api/v1/leads/" + leadId).status).as("gone at the due time, nobody polled")
                .isEqualTo(404);
        assertThat(sandbox.activeLeadIds()).doesNotContain(leadId);
        assertThat(sandbox.dealExists(11)).isTrue();
        assertThat(sandbox.requestCount("GET", ".*/convert/status/.*")).isZero();
    }

    @Test
    void aJobCompletesWithTheClockSeenThroughTheJavaApiAlone() {
        String dealConversion = http.post("/api/v2/deals/3/convert/lead", "").json().at("/data/conversion_id")
                .asText();
        assertThat(dealConversion).isNotEmpty();
        assertThat(sandbox.activeLeadCount()).isEqualTo(3);
        clock.advance(HALF.multipliedBy(2));
        assertThat(sandbox.activeLeadCount()).isEqualTo(4);
        assertThat(sandbox.dealExists(3)).isFalse();
    }

    @Test
    void pollingNeverMovesAJob() {
        String leadId = sandbox.activeLeadIds().get(1);
        String conversionId = startLeadConversion(leadId, "");
        for (int i = 0; i < 10; i++) {
            assertThat(leadStatus(leadId, conversionId).get("status").asText()).isEqualTo("not_started");
        }
        assertThat(http.get("/api/v1/leads/" + leadId).status).isEqualTo(200);
        clock.advance(HALF);
        for (int i = 0; i < 10; i++) {
            assertThat(leadStatus(leadId, conversionId).get("status").asText()).isEqualTo("running");
        }
        assertThat(sandbox.activeLeadIds()).contains(leadId);
    }

    @Test
    void aLeadDeletedBeforeTheDueTimeMakesTheJobFail() {
        String leadId = sandbox.activeLeadIds().get(0);
        String conversionId = startLeadConversion(leadId, "");
        assertThat(http.delete("/api/v1/leads/" + leadId).status).isEqualTo(200);
        clock.advance(HALF.multipliedBy(2));
        JsonNode end = leadStatus(leadId, conversionId);
        assertThat(end.get("status").asText()).isEqualTo("failed");
        assertThat(sandbox.dealExists(11)).isFalse();
    }

    @Test
    void withTheRealClockAShortDelayEndsTheJobOnItsOwn() {
        try (PipedriveSandbox real = PipedriveSandbox.builder().seedLeads(1).conversionDelay(Duration.ofMillis(200))
                .build()) {
            SandboxHttp client = new SandboxHttp(real.start(), real.apiToken());
            String leadId = real.activeLeadIds().get(0);
            client.post("/api/v2/leads/" + leadId + "/convert/deal", "");
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> client.get("/api/v1/leads/" + leadId).status == 404);
            assertThat(real.dealExists(11)).isTrue();
        }
    }

    @Test
    void aNegativeDelayIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> PipedriveSandbox.builder().conversionDelay(Duration.ofMillis(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conversionDelay");
    }
}
