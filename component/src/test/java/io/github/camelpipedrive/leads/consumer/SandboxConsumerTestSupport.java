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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

/**
 * Runs consumer routes against a fresh sandbox per test. Routes are added by each test with the scheduler off, and
 * the test polls by hand, so every assertion is about a known number of polls and requests.
 */
abstract class SandboxConsumerTestSupport extends CamelTestSupport {

    protected PipedriveSandbox sandbox;
    protected final List<String> delivered = Collections.synchronizedList(new ArrayList<>());

    /** The sandbox this test runs against; override to configure it. */
    protected PipedriveSandbox.Builder sandboxBuilder() {
        return PipedriveSandbox.builder();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = sandboxBuilder().build();
        String baseUrl = sandbox.start();
        CamelContext context = super.createCamelContext();
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiToken("sandbox-token");
        return context;
    }

    @AfterEach
    void closeSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    /** Starts a consumer route with the scheduler off and returns its consumer, ready for manual polls. */
    protected PipedriveLeadsConsumer feed(String options, Processor processor) throws Exception {
        String uri = "pipedrive-leads:getLeads?startScheduler=false" + (options.isEmpty() ? "" : "&" + options);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("feed").process(processor);
            }
        });
        if (!context.isStarted()) {
            context.start();
        }
        return (PipedriveLeadsConsumer) context.getRoute("feed").getConsumer();
    }

    /** A consumer that records the id of each delivered lead. */
    protected PipedriveLeadsConsumer feed(String options) throws Exception {
        return feed(options, this::record);
    }

    protected void record(Exchange exchange) {
        delivered.add(exchange.getMessage().getBody(Lead.class).getId());
    }

    /** Creates n leads linked to person 1 and returns their ids in creation order. */
    protected List<String> createLeads(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(sandbox.createLead("Lead " + i, 1, null));
        }
        return ids;
    }
}
