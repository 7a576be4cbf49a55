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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveRateLimitException;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadLabel;
import io.github.camelpipedrive.leads.model.LeadLabelColor;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension;
import io.github.camelpipedrive.leads.state.CrashSafeFileStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java samples of README.md and docs/*.md, verbatim, started against the sandbox. {@link DocSnippetsCoverageTest}
 * checks that every ```java block of the docs appears (whitespace-normalised) in a source file, so a sample that stops
 * compiling or working fails the build.
 */
class DocSnippetsTest {

    @RegisterExtension
    static PipedriveSandboxExtension sandbox = new PipedriveSandboxExtension(PipedriveSandbox.builder().seedLeads(5));

    @TempDir
    Path stateDir;

    private CamelContext context;
    private final List<Object> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        // README "Consumer in brief": the cursor in the crash-safe file store
        String stateFile = stateDir.resolve("cursor.json").toString();
        context.getRegistry().bind("leadCursor", CrashSafeFileStateRepository.crashSafeFileStateRepository(Path.of(stateFile)));
        // README "Configuration": the component level, in Java
        PipedriveLeadsComponent pipedrive = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        pipedrive.getConfiguration().setApiToken(System.getenv("PIPEDRIVE_API_TOKEN"));
        pipedrive.getConfiguration().setCompanyDomain("acme");
        // ...and the sandbox instead of acme.pipedrive.com (baseUrl wins over companyDomain)
        pipedrive.getConfiguration().setBaseUrl(sandbox.baseUrl());
        pipedrive.getConfiguration().setApiToken(sandbox.apiToken());
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** README "Leads". */
    static class LeadRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:newLead")                      // body: AddLeadRequest, Map or JSON
                .to("pipedrive-leads:addLead");

            from("direct:one")
                .setHeader("CamelPipedriveLeadsId", simple("${body}"))
                .to("pipedrive-leads:getLead");

            from("timer:leads?period=3600000")
                .to("pipedrive-leads:getLeads?limit=500&sort=RAW(add_time DESC)&updatedSince=2026-01-01T00:00:00Z")
                .split(body()).log("${body.title}");

            from("direct:qualify")                      // absent properties are not sent; null unsets
                .setBody(exchange -> new UpdateLeadRequest().title("ACME (qualified)").value(null))
                .to("pipedrive-leads:updateLead");
        }
    }

    /** README "Labels and sources". */
    static class LabelRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:label")                        // body: name + colour
                .setBody(constant(new AddLeadLabelRequest("Inbound", LeadLabelColor.GREEN)))
                .to("pipedrive-leads:addLeadLabel");

            from("direct:sources").to("pipedrive-leads:getLeadSources");
        }
    }

    /** README "URI format": an endpoint overrides component options. */
    static class OverrideRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:bigExport")
                .to("pipedrive-leads:getLeads?limit=500&responseTimeout=120000&maxRateLimitRetries=10");
        }
    }

    @Test
    void readmeProducerRoutes() throws Exception {
        context.addRoutes(new LeadRoutes());
        context.addRoutes(new LabelRoutes());
        context.addRoutes(new OverrideRoutes());
        context.start();
        ProducerTemplate template = context.createProducerTemplate();

        Lead created = template.requestBody("direct:newLead", new AddLeadRequest("ACME").organizationId(1), Lead.class);
        assertThat(template.requestBody("direct:one", created.getId(), Lead.class).getTitle()).isEqualTo("ACME");
        Lead qualified = template.requestBodyAndHeader("direct:qualify", null, "CamelPipedriveLeadsId", created.getId(),
                Lead.class);
        assertThat(qualified.getTitle()).isEqualTo("ACME (qualified)");
        assertThat(template.requestBody("direct:label", null, LeadLabel.class).getName()).isEqualTo("Inbound");
        assertThat(template.requestBody("direct:sources", null, List.class)).isNotEmpty();
        assertThat(template.requestBody("direct:bigExport", null, List.class)).hasSize(sandbox.get().activeLeadCount());
        assertThat(context.getEndpoints()).anyMatch(e -> e.getEndpointUri().startsWith("timer://leads"));
    }

    /** README "Consumer in brief". */
    static class ConsumerInBrief extends RouteBuilder {
        @Override
        public void configure() {
            from("pipedrive-leads:getLeads?stateRepository=#leadCursor")   // feed=new by default
                .log("New lead ${header.CamelPipedriveLeadsId}: ${body.title}");
        }
    }

    /** docs/consumer.md, first sample. */
    static class ConsumerGuide extends RouteBuilder {
        @Override
        public void configure() {
            // no delay: the cadence is derived from the company's daily token budget (9.6 min on the smallest plan)
            from("pipedrive-leads:getLeads?stateRepository=#leadCursor")
                .log("New lead ${header.CamelPipedriveLeadsId}: ${body.title}")
                .to("direct:crm-sync");
        }
    }

    @Test
    void consumerSamples() throws Exception {
        context.addRoutes(new ConsumerInBrief());
        context.start();
        context.stop();
        context = new DefaultCamelContext();
        context.getRegistry().bind("leadCursor",
                CrashSafeFileStateRepository.crashSafeFileStateRepository(stateDir.resolve("guide-cursor.json")));
        context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class).getConfiguration()
                .setBaseUrl(sandbox.baseUrl());
        context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class).getConfiguration()
                .setApiToken(sandbox.apiToken());
        context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class).getConfiguration()
                .setStartFrom("beginning");
        context.addRoutes(new ConsumerGuide());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:crm-sync").process(e -> received.add(e.getMessage().getBody()));
            }
        });
        context.start();
        int leads = sandbox.get().activeLeadCount();
        await(() -> received.size() >= leads);
        assertThat(received).hasSize(leads).allMatch(Lead.class::isInstance);
    }

    /** docs/troubleshooting.md, "Errors in routes". */
    static class ErrorHandlingRoutes extends RouteBuilder {
        @Override
        public void configure() {
            onException(PipedriveRateLimitException.class)
                .onWhen(exchange -> exchange.getException(PipedriveRateLimitException.class).isDailyBudgetExhausted())
                .handled(true)
                .log(LoggingLevel.WARN, "Daily API budget spent: ${exception.message}");

            onException(PipedriveApiException.class)
                .onWhen(exchange -> exchange.getException(PipedriveApiException.class).getStatusCode() == 401)
                .handled(true)
                .log(LoggingLevel.ERROR, "Pipedrive refused the credentials: ${exception.message}")
                .to("direct:alertOps");

            from("direct:createLead").to("pipedrive-leads:addLead");
        }
    }

    @Test
    void troubleshootingErrorHandling() throws Exception {
        context.addRoutes(new ErrorHandlingRoutes());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:alertOps").process(e -> received.add(e.getProperty("CamelExceptionCaught")));
            }
        });
        context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class).getConfiguration()
                .setApiToken("a-revoked-token");
        context.start();
        context.createProducerTemplate().sendBody("direct:createLead", new AddLeadRequest("ACME").organizationId(1));
        assertThat(received).singleElement().isInstanceOfSatisfying(PipedriveApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(401));
    }

    private static void await(BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
    }
}
