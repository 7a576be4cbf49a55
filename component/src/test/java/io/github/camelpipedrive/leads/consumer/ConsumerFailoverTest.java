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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failover: two nodes run the feed as {@code master:leads:pipedrive-leads:getLeads}, sharing a read-through state
 * repository (what a database-backed repository gives a cluster). The leader delivers some leads and stops; the other
 * node takes over from the shared cursor. Every lead is delivered once across both nodes.
 */
class ConsumerFailoverTest {

    @TempDir
    Path clusterRoot;

    private PipedriveSandbox sandbox;
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final MapStateRepository shared = new MapStateRepository();

    @BeforeEach
    void startSandbox() {
        sandbox = PipedriveSandbox.builder().build();
        sandbox.start();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void theNodeThatTakesOverContinuesFromTheSharedCursor() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(sandbox.createLead("Before failover " + i, 1, null));
        }
        CamelContext first = node("node-1");
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() == 20);

        CamelContext second = node("node-2");
        first.stop();
        for (int i = 0; i < 20; i++) {
            ids.add(sandbox.createLead("After failover " + i, 1, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() == 40);
        second.stop();

        assertThat(deliveries.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    private CamelContext node(String id) throws Exception {
        CamelContext context = new DefaultCamelContext();
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(id);
        cluster.setRoot(clusterRoot.toString());
        cluster.setAcquireLockDelay(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        context.addService(cluster);
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setApiToken(sandbox.apiToken());
        context.getRegistry().bind("shared", shared);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:leads:pipedrive-leads:getLeads?startFrom=beginning&pageSize=7&delay=20"
                     + "&stateRepository=#shared")
                        .process(e -> deliveries.computeIfAbsent(e.getMessage().getBody(Lead.class).getId(),
                                k -> new AtomicInteger()).incrementAndGet());
            }
        });
        context.start();
        return context;
    }
}
