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
package io.github.camelpipedrive.leads.examples.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the whole application against the embedded sandbox, configured only through properties. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "leads.poll-delay=200")
class LeadsApplicationTest {

    static final PipedriveSandbox SANDBOX = PipedriveSandbox.builder().build();
    static final Path STATE_DIR = temporaryDirectory();

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("leads-application-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void pipedrive(DynamicPropertyRegistry registry) {
        SANDBOX.start();
        registry.add("camel.component.pipedrive-leads.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.pipedrive-leads.api-token", SANDBOX::apiToken);
        registry.add("leads.state-file", () -> STATE_DIR.resolve("pipedrive-leads-state.json").toString());
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate template;
    @Autowired
    TestRestTemplate http;

    @Test
    void propertiesConfigureTheComponent() {
        PipedriveLeadsComponent component = camelContext.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(SANDBOX.baseUrl());
        assertThat(component.getConfiguration().getMaxRateLimitRetries()).isEqualTo(5);
        assertThat(component.getConfiguration().getResponseTimeout()).isEqualTo(30000);
        assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(4);
    }

    @Test
    void createdLeadsFlowThroughTheConsumer() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        AdviceWith.adviceWith(camelContext, "new-lead",
                a -> a.weaveAddLast().process(e -> delivered.add(e.getMessage().getBody(Lead.class).getId())));
        awaitTrue(() -> camelContext.getRoute("lead-feed").getUptimeMillis() > 500);

        Lead created = template.requestBody("direct:createLead",
                new AddLeadRequest("Spring Boot lead").organizationId(3), Lead.class);

        awaitTrue(() -> delivered.contains(created.getId()));
        assertThat(delivered).containsExactly(created.getId());
    }

    @Test
    void healthEndpointShowsTheConsumer() throws Exception {
        awaitTrue(() -> http.getForEntity("/actuator/health", String.class).getStatusCode() == HttpStatus.OK);
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getBody()).startsWith("{\"status\":\"UP\"")
                .contains("\"consumer:lead-feed\":\"UP\"")
                .contains("\"endpoint.uri\":\"pipedrive-leads://getLeads?delay=200&stateRepository=%23leadCursor\"");
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
    }
}
