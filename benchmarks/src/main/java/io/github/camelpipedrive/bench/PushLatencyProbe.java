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

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.webhook.LeadEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Push latency on loopback: from just before {@code to("pipedrive-leads:addLead")} sends a lead to the sandbox until
 * the webhook route ({@code from("webhook:pipedrive-leads:getLeads")} on platform-http) receives its create event.
 * Leads are added one after the other (each waits for its event), after a warm-up; the backfill is pushed out of the
 * way (one poll an hour), so every measured event came by push. Prints p50, p90, p99 and max in milliseconds.
 * <p>
 * Run after {@code benchmarks/run.sh} built the harness:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.camelpipedrive.bench.PushLatencyProbe [leads] [warmup]}
 */
public final class PushLatencyProbe {

    private PushLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(0).build();
        String baseUrl = sandbox.start();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(conf));
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setAllowInsecureHttp(true);
        component.getConfiguration().setApiToken(sandbox.apiToken());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:pipedrive-leads:getLeads?webhookComponentName=platform-http&webhookExternalUrl="
                     + "http://127.0.0.1:" + port + "&webhookPath=/pd&backfillDelay=3600000&initialDelay=3600000")
                        .process(e -> {
                            long now = System.nanoTime();
                            String id = e.getMessage().getBody(LeadEvent.class).getLeadId();
                            arrived.putIfAbsent(id, now);
                            CountDownLatch latch = waiting.computeIfAbsent(id, k -> new CountDownLatch(1));
                            latch.countDown();
                        });
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        List<Double> millis = new ArrayList<>();
        int timeouts = 0;
        try {
            for (int i = 0; i < warmup + leads; i++) {
                long start = System.nanoTime();
                Lead lead = template.requestBody("pipedrive-leads:addLead", new AddLeadRequest("Push " + i)
                        .personId(1L), Lead.class);
                CountDownLatch latch = waiting.computeIfAbsent(lead.getId(), k -> new CountDownLatch(1));
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    timeouts++;
                    continue;
                }
                if (i >= warmup) {
                    millis.add((arrived.get(lead.getId()) - start) / 1e6);
                }
            }
        } finally {
            context.stop();
            sandbox.close();
        }
        Collections.sort(millis);
        System.out.printf("push latency over %d leads (after %d warm-up), addLead -> route, loopback: p50 %.1f ms,"
                          + " p90 %.1f ms, p99 %.1f ms, max %.1f ms; %d not delivered within 10 s; load average %s%n",
                millis.size(), warmup, pct(millis, 50), pct(millis, 90), pct(millis, 99),
                millis.isEmpty() ? 0 : millis.get(millis.size() - 1), timeouts,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
