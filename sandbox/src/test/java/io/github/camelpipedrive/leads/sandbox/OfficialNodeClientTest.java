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
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pipedrive's official Node client ({@code pipedrive@33.7.0}, pinned in
 * {@code src/test/node/package-lock.json}) as a test oracle: {@code src/test/node/oracle.js} drives
 * the sandbox with it (labels, sources, fields, lead CRUD, search v1/v2, a lead-to-deal conversion
 * polled until it completes, the API token sent as Bearer) and checks every response against the
 * result model the client's own type declarations give for that call. This test installs the
 * client when {@code node_modules} is missing ({@code npm ci}), runs the script and asserts on its
 * JSON report. Needs {@code node} and {@code npm} on the PATH.
 */
class OfficialNodeClientTest {

    private static final Path NODE_DIR = Path.of(System.getProperty("basedir", "."), "src", "test", "node");
    private static final List<String> STEPS = List.of("getLeadLabels", "addLeadLabel", "updateLeadLabel",
            "deleteLeadLabel", "getLeadSources", "getLeadFields", "addLead", "getLead", "getLeads", "updateLead",
            "updateLeadTitleNull", "addOrgOnlyLead", "searchLeadsV2", "searchLeadsV1", "convertLeadToDeal",
            "getLeadConversionStatus", "getConvertedLead", "apiTokenAsBearer", "addWebhook", "getWebhooks",
            "addWebhookInvalid", "deleteWebhook", "deleteUnknownWebhook", "deleteLead", "getDeletedLead");

    private static PipedriveSandbox sandbox;
    private static JsonNode report;

    @BeforeAll
    static void runTheOfficialClientAgainstTheSandbox() throws Exception {
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("pipedrive"))) {
            run(List.of(npm(), "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(10));
        }
        sandbox = PipedriveSandbox.builder().seedLeads(3).conversionDelay(Duration.ofMillis(600)).build();
        String out = run(List.of("node", "oracle.js", sandbox.start(), sandbox.apiToken()), Duration.ofMinutes(2));
        report = SandboxHttp.MAPPER.readTree(out);
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }

    /** Runs a command in the node folder; returns its stdout, fails with its output when it fails. */
    private static String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        File stdout = File.createTempFile("oracle-out", ".txt");
        File stderr = File.createTempFile("oracle-err", ".txt");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).directory(NODE_DIR.toFile())
                        .redirectOutput(stdout).redirectError(stderr).start();
            } catch (IOException e) {
                throw new AssertionError("cannot run " + command.get(0) + ": this test needs Node.js and npm on the "
                        + "PATH", e);
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(command + " did not finish within " + timeout + "; stderr: "
                        + Files.readString(stderr.toPath()));
            }
            String out = Files.readString(stdout.toPath(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " exited with " + process.exitValue() + "; stdout: " + out
                        + "; stderr: " + Files.readString(stderr.toPath()));
            }
            return out;
        } finally {
            Files.deleteIfExists(stdout.toPath());
            Files.deleteIfExists(stderr.toPath());
        }
    }

    private static JsonNode step(String name) {
        JsonNode step = report.at("/steps/" + name);
        assertThat(step.isMissingNode()).as("step %s in %s", name, report).isFalse();
        return step;
    }

    @Test
    void everyCallBehavesAsTheClientExpectsAndMatchesItsModel() {
        assertThat(report.get("client").asText()).isEqualTo("33.7.0");
        assertThat(report.at("/steps/crash").isMissingNode()).as("the script ran to the end: %s", report).isTrue();
        List<String> failed = new ArrayList<>();
        for (String name : STEPS) {
            JsonNode step = step(name);
            if (!step.get("ok").asBoolean() || step.get("problems").size() > 0) {
                failed.add(name + ": " + step);
            }
        }
        assertThat(failed).as("steps that broke the official client's expectations").isEmpty();
        assertThat(report.get("unchecked")).as("result models the checker could not read").isEmpty();
        // documented exception: "next_cursor will be null if you have reached the end of the dataset"
        assertThat(report.get("tolerated")).extracting(JsonNode::asText)
                .containsExactly("GetDealsProductsResponseAdditionalData.next_cursor");
    }

    @Test
    void leadsCrudLabelsSourcesAndFields() {
        assertThat(step("getLeadLabels").get("count").asInt()).isEqualTo(3);
        assertThat(step("updateLeadLabel").get("name").asText()).isEqualTo("Oracle renamed");
        assertThat(step("deleteLeadLabel").get("id")).isEqualTo(step("deleteLeadLabel").get("expectedId"));
        assertThat(step("getLeadSources").get("names")).extracting(JsonNode::asText).contains("API", "Deal");
        assertThat(step("getLeadFields").get("withSubfields")).extracting(JsonNode::asText)
                .containsExactly(LeadFieldCatalog.MONETARY_FIELD_KEY);
        assertThat(step("addLead").get("source_name").asText()).isEqualTo("API");
        assertThat(step("getLead").at("/value/amount").asInt()).isEqualTo(1500);
        assertThat(step("getLeads").get("containsNew").asBoolean()).isTrue();
        assertThat(step("updateLead").get("title").asText()).isEqualTo("Oracle lead renamed");
        assertThat(step("updateLead").get("value").isNull()).isTrue();
        assertThat(step("deleteLead").get("id")).isEqualTo(step("deleteLead").get("expectedId"));
        assertThat(step("getDeletedLead").at("/error/error").asText()).isEqualTo("requested lead not found");
    }

    @Test
    void titleNullIsAValidationErrorThatChangesNothing() {
        JsonNode titleNull = step("updateLeadTitleNull");
        assertThat(titleNull.at("/error/error").asText()).isEqualTo("provided dataset is not valid");
        assertThat(titleNull.at("/error/error_info").asText()).isEqualTo("\"title\" must be a string");
        assertThat(titleNull.get("titleAfter").asText()).isEqualTo("Oracle lead renamed");
    }

    @Test
    void searchItemsLeaveOutWhatTheLeadDoesNotHave() {
        JsonNode items = step("searchLeadsV2").get("items");
        assertThat(items).hasSize(2);
        for (JsonNode item : items) {
            List<String> keys = new ArrayList<>();
            item.get("keys").forEach(k -> keys.add(k.asText()));
            assertThat(keys).as("no value on either lead").doesNotContain("value", "currency");
            if (item.get("title").asText().equals("Oracle org only")) {
                assertThat(keys).contains("organization").doesNotContain("person");
            } else {
                assertThat(keys).contains("person", "organization");
            }
        }
        assertThat(step("searchLeadsV2").get("next_cursor").isNull()).isTrue();
        assertThat(step("searchLeadsV1").get("count").asInt()).isEqualTo(2);
    }

    @Test
    void aConversionPolledByTheClientCompletesAndTheLeadIsGone() {
        JsonNode status = step("getLeadConversionStatus");
        List<String> seen = new ArrayList<>();
        status.get("statuses").forEach(s -> seen.add(s.asText()));
        assertThat(seen).last().isEqualTo("completed");
        assertThat(seen).isSubsetOf("not_started", "running", "completed");
        assertThat(status.get("deal_id").asInt()).isPositive();
        assertThat(sandbox.dealExists(status.get("deal_id").asInt())).isTrue();
        assertThat(step("getConvertedLead").at("/error/error").asText()).isEqualTo("requested lead not found");
    }

    @Test
    void webhooksApiAddsListsAndDeletesAsItsModelsDeclare() {
        JsonNode added = step("addWebhook");
        assertThat(added.get("version").asText()).as("v2 is the default").isEqualTo("2.0");
        assertThat(added.get("event_object").asText()).isEqualTo("lead");
        assertThat(added.get("is_active").asInt()).isEqualTo(1);
        assertThat(added.get("type").asText()).isEqualTo("general");
        assertThat(step("getWebhooks").get("ids")).containsExactly(step("getWebhooks").get("expectedId"));
        assertThat(step("addWebhookInvalid").at("/error/error").asText()).contains("event_action");
        assertThat(step("deleteUnknownWebhook").at("/error/error").asText()).isEqualTo("Webhook not found");
        assertThat(sandbox.webhooks()).isEmpty();
        assertThat(sandbox.requestLog()).contains("POST /v1/webhooks", "GET /v1/webhooks");
    }

    @Test
    void theApiTokenAsBearerIsRefusedAndTheClientUsesItsDefaultPaths() {
        JsonNode bearer = step("apiTokenAsBearer");
        assertThat(bearer.at("/error/errorCode").asInt()).isEqualTo(401);
        assertThat(bearer.at("/error/error").asText()).isEqualTo("unauthorized access");
        List<String> log = sandbox.requestLog();
        assertThat(log).as("v1 base path of the client: /v1, without /api").contains("POST /v1/leads")
                .anyMatch(l -> l.startsWith("GET /api/v2/leads/search?"))
                .anyMatch(l -> l.startsWith("POST /api/v2/leads/") && l.endsWith("/convert/deal"));
    }
}
