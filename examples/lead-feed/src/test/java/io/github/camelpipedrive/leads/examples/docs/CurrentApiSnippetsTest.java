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
package io.github.camelpipedrive.leads.examples.docs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.ConversionStatus;
import io.github.camelpipedrive.leads.model.ConvertLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The samples of docs/current-api.md, verbatim, run against the sandbox. */
class CurrentApiSnippetsTest {

    @RegisterExtension
    static PipedriveSandboxExtension sandbox = new PipedriveSandboxExtension(PipedriveSandbox.builder().seedLeads(7)
            .oauthClient("sandbox-client", "sandbox-secret", "sandbox-refresh"));

    private CamelContext context;
    private final List<Object> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        PipedriveLeadsComponent pipedrive = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        pipedrive.getConfiguration().setBaseUrl(sandbox.baseUrl());
        pipedrive.getConfiguration().setApiToken(sandbox.apiToken());
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** "Conversions". */
    static class ConversionRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:qualified")                      // body: the Lead to convert
                .setHeader("CamelPipedriveLeadsId", simple("${body.id}"))
                .setBody(constant(new ConvertLeadRequest()))   // first stage of the default pipeline
                .to("pipedrive-leads:convertLeadToDeal?waitForConversion=true&conversionTimeout=30000")
                .log("Lead became deal ${body.dealId}");
        }
    }

    /** "All pages, without holding them all". */
    static class ExportRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("timer:export?repeatCount=1")
                .to("pipedrive-leads:getLeads?allPages=true&limit=500")
                .split(body()).streaming()
                    .to("direct:export-one");
        }
    }

    @Test
    void conversionAndExport() throws Exception {
        context.addRoutes(new ConversionRoutes());
        context.addRoutes(new ExportRoutes());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export-one").process(e -> received.add(e.getMessage().getBody()));
            }
        });
        context.start();
        int leads = sandbox.get().activeLeadCount();
        await(() -> received.size() >= leads);
        assertThat(received).hasSize(leads).allMatch(Lead.class::isInstance);

        Lead first = (Lead) received.get(0);
        ConversionStatus status = context.createProducerTemplate().requestBody("direct:qualified", first,
                ConversionStatus.class);
        assertThat(status.isCompleted()).isTrue();
        assertThat(status.getDealId()).isNotNull();
        assertThat(sandbox.get().activeLeadIds()).doesNotContain(first.getId());
    }

    @Test
    void customFieldsByName() throws Exception {
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        Map<String, Object> lead = Map.of("title", "ACME", "person_id", 42,
                "Lead tier", "Gold", "Interests", List.of("Software", "Services"));
        template.sendBody("pipedrive-leads:addLead?resolveCustomFieldNames=true", lead);

        assertThat(sandbox.get().activeLeadIds()).anySatisfy(id ->
                assertThat(sandbox.get().leadJson(id).orElseThrow()).contains("\"title\":\"ACME\""));
    }

    /**
     * "OAuth 2 with refresh": src/test/resources/docs/oauth.properties holds the sample; surefire sets the
     * PIPEDRIVE_CLIENT_* variables to the sandbox's OAuth client.
     */
    @Test
    void oauthProperties() throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("classpath:docs/oauth.properties");
        main.bind("oauthTokens", new MemoryStateRepository());
        main.addOverrideProperty("camel.component.pipedrive-leads.token-url", sandbox.baseUrl() + "/oauth/token");
        main.addOverrideProperty("camel.component.pipedrive-leads.base-url", sandbox.baseUrl());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("pipedrive-leads:getLeads");
            }
        });
        try {
            main.start();
            List<?> leads = main.getCamelContext().createProducerTemplate().requestBody("direct:leads", null, List.class);
            assertThat(leads).isNotEmpty();
        } finally {
            main.stop();
        }
    }

    private static void await(BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
    }
}
