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
package io.github.camelpipedrive.leads.examples.kamelets;

import java.io.InputStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each Kamelet of the component jar, loaded from the classpath (kamelets/), against the embedded sandbox. */
class PipedriveLeadsKameletsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path stateDir;

    private PipedriveSandbox sandbox;
    private Main main;

    @BeforeEach
    void startSandbox() {
        sandbox = PipedriveSandbox.builder().seedLeads(3).build();
        sandbox.start();
        main = newMain();
    }

    private Main newMain() {
        Main created = new Main();
        created.addOverrideProperty("pipedrive.base-url", sandbox.baseUrl());
        created.addOverrideProperty("pipedrive.api-token", sandbox.apiToken());
        created.addOverrideProperty("pipedrive.state-file", stateDir.resolve("source-state.json").toString());
        created.addOverrideProperty("camel.main.duration-max-seconds", "0");
        return created;
    }

    @AfterEach
    void stop() {
        main.stop();
        sandbox.close();
    }

    @Test
    void sourceDeliversEachLeadOnceAsJson() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:no-routes/*.camel.yaml");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:pipedrive-leads-source?apiToken={{pipedrive.api-token}}&baseUrl={{pipedrive.base-url}}"
                     + "&startFrom=beginning&delay=200&stateFile={{pipedrive.state-file}}")
                    .process(e -> received.add(e.getMessage().getBody(String.class)));
            }
        });
        main.start();
        await(() -> received.size() >= 3);
        sandbox.createLead("Created while running", null, 1);
        await(() -> received.size() >= 4);
        // and no duplicate follows on the next polls (delay=200)
        org.awaitility.Awaitility.await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5))
                .until(() -> received.size() == 4);

        assertThat(received).hasSize(4);
        List<String> ids = received.stream().map(PipedriveLeadsKameletsTest::tree).map(n -> n.get("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sandbox.activeLeadIds());
        JsonNode last = tree(received.get(3));
        assertThat(last.get("title").asText()).isEqualTo("Created while running");
        assertThat(last.get("organization_id").asLong()).isEqualTo(1);
        assertThat(last.get("add_time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    /**
     * The source keeps its cursor in its crash-safe state file: after a restart it delivers the lead created while it
     * was stopped (startFrom=now would skip it without saved state) and none of the leads it already delivered.
     */
    @Test
    void sourceContinuesAfterARestartFromItsStateFile() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        RouteBuilder source = new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:pipedrive-leads-source?apiToken={{pipedrive.api-token}}&baseUrl={{pipedrive.base-url}}"
                     + "&startFrom=beginning&delay=100&stateFile={{pipedrive.state-file}}")
                    .process(e -> received.add(tree(e.getMessage().getBody(String.class)).get("id").asText()));
            }
        };
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:no-routes/*.camel.yaml");
        main.configure().addRoutesBuilder(source);
        main.start();
        await(() -> received.size() >= 3);
        main.stop();
        assertThat(stateDir.resolve("source-state.json")).exists();

        String whileStopped = sandbox.createLead("Created while the source was stopped", null, 1);
        main = newMain();
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:no-routes/*.camel.yaml");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:pipedrive-leads-source?apiToken={{pipedrive.api-token}}&baseUrl={{pipedrive.base-url}}"
                     + "&startFrom=now&delay=100&stateFile={{pipedrive.state-file}}")
                    .process(e -> received.add(tree(e.getMessage().getBody(String.class)).get("id").asText()));
            }
        });
        main.start();
        await(() -> received.size() >= 4);
        org.awaitility.Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> received.size() == 4);

        assertThat(received).doesNotHaveDuplicates().hasSize(4).endsWith(whileStopped);
    }

    @Test
    void sinkCreatesALeadFromJson() throws Exception {
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:no-routes/*.camel.yaml");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:newLead")
                    .to("kamelet:pipedrive-leads-sink?apiToken={{pipedrive.api-token}}&baseUrl={{pipedrive.base-url}}");
            }
        });
        main.start();
        String created = main.getCamelContext().createProducerTemplate().requestBody("direct:newLead",
                "{\"title\": \"From the sink\", \"person_id\": 7, \"value\": {\"amount\": 250, \"currency\": \"USD\"}}",
                String.class);

        JsonNode lead = tree(created);
        assertThat(lead.get("title").asText()).isEqualTo("From the sink");
        assertThat(sandbox.activeLeadCount()).isEqualTo(4);
        JsonNode stored = tree(sandbox.leadJson(lead.get("id").asText()).orElseThrow());
        assertThat(stored.get("person_id").asInt()).isEqualTo(7);
        assertThat(stored.get("value").get("currency").asText()).isEqualTo("USD");

        // bad input is refused before anything is sent
        sandbox.resetRequestLog();
        assertThatThrownBy(() -> main.getCamelContext().createProducerTemplate().requestBody("direct:newLead",
                "{\"person_id\": 7}", String.class))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseInstanceOf(PipedriveValidationException.class);
        assertThat(sandbox.requestCount("POST", ".*/leads")).isZero();
    }

    @Test
    void exampleRoutesUseBothKamelets() throws Exception {
        List<String> consumed = new CopyOnWriteArrayList<>();
        main.start();
        main.getCamelContext().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof ExchangeCompletedEvent done && "leads-in".equals(done.getExchange().getFromRouteId())) {
                    consumed.add(done.getExchange().getMessage().getBody(String.class));
                }
            }
        });
        await(() -> consumed.size() >= 3);
        assertThat(consumed).hasSize(3).allSatisfy(json -> assertThat(tree(json).get("title").asText()).startsWith("Kamelet demo"));
        assertThat(sandbox.activeLeadCount()).isEqualTo(6);
    }

    @Test
    void credentialsArePasswordFormatProperties() throws Exception {
        for (String name : List.of("pipedrive-leads-source", "pipedrive-leads-sink")) {
            String yaml;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("kamelets/" + name + ".kamelet.yaml")) {
                assertThat(in).as(name).isNotNull();
                yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(yaml).contains("name: " + name).contains("required:\n      - apiToken")
                    .containsPattern("apiToken:\\n(\\s+\\w.*\\n)*?\\s+format: password\\n\\s+x-descriptors:\\n\\s+- urn:camel:group:credentials");
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static void await(BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
    }
}
