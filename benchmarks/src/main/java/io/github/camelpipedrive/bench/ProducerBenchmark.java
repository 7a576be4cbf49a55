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
package io.github.camelpipedrive.bench;

import java.util.concurrent.TimeUnit;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * getLead and addLead through {@code pipedrive-leads:} and through {@link RawLeadsClient}, against the same
 * {@link FixedResponseServer}. Modes, threads, iterations and forks are set by {@link BenchMain} (one run per mode
 * and thread count); method names sort so that each component benchmark runs right before its raw counterpart.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProducerBenchmark {

    private FixedResponseServer server;
    private CamelContext camel;
    private ProducerTemplate template;
    private Endpoint getLeadEndpoint;
    private Endpoint addLeadEndpoint;
    private RawLeadsClient raw;
    private AddLeadRequest addBody;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = new FixedResponseServer();
        camel = new DefaultCamelContext();
        PipedriveLeadsComponent component = camel.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        component.getConfiguration().setApiToken(Payloads.API_TOKEN);
        // -Dbench.rateLimitHeaders=false: the component does not copy the rate-limit message headers (the raw
        // client reads x-ratelimit-remaining itself either way)
        component.getConfiguration().setRateLimitHeaders(
                Boolean.parseBoolean(System.getProperty("bench.rateLimitHeaders", "true")));
        camel.start();
        getLeadEndpoint = camel.getEndpoint("pipedrive-leads:getLead");
        addLeadEndpoint = camel.getEndpoint("pipedrive-leads:addLead");
        template = camel.createProducerTemplate();
        raw = new RawLeadsClient(server.baseUrl(), Payloads.API_TOKEN);
        addBody = Payloads.addLeadRequest();
        // both paths must produce the same, complete result before anything is measured
        check(getLead_component(), "getLead_component");
        check(getLead_raw(), "getLead_raw");
        check(addLead_component(), "addLead_component");
        check(addLead_raw(), "addLead_raw");
    }

    private static void check(Object result, String what) {
        if (!(result instanceof Lead lead) || !Payloads.LEAD_ID.equals(lead.getId())
            || lead.getValue() == null || lead.getAddTime() == null
            || !lead.getAdditionalProperties().containsKey(Payloads.CUSTOM_TEXT_KEY)) {
            throw new IllegalStateException(what + " did not return the full lead: " + result);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        raw.close();
        template.close();
        camel.close();
        server.close();
    }

    @Benchmark
    public Object getLead_component() {
        return template.requestBodyAndHeader(getLeadEndpoint, null, PipedriveLeadsConstants.ID, Payloads.LEAD_ID);
    }

    @Benchmark
    public Object getLead_raw() throws Exception {
        return raw.getLead(Payloads.LEAD_ID);
    }

    @Benchmark
    public Object addLead_component() {
        return template.requestBody(addLeadEndpoint, addBody);
    }

    @Benchmark
    public Object addLead_raw() throws Exception {
        return raw.addLead(addBody);
    }
}
