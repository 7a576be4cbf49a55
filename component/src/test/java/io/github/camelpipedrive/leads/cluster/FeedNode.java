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
package io.github.camelpipedrive.leads.cluster;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;

/**
 * One replica of an application running the lead feed as a {@code master:} route: its own CamelContext, cluster
 * service and cursor store instance (as a separate process would have), and counters of what it sent to the
 * sandbox: every HTTP request it made, and those it made while its cluster view did not say it was the leader.
 */
final class FeedNode implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FeedNode.class);

    /** The cluster namespace of the feed: one leader per namespace. */
    static final String NAMESPACE = "pipedrive-leads-feed";

    /** One delivery: which node delivered which lead, in the order deliveries happened across all nodes. */
    record Delivery(String node, String leadId) {
    }

    final String id;
    final CamelContext context;
    final CamelClusterService cluster;
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger requestsWhileNotLeader = new AtomicInteger();
    final AtomicInteger termsWon = new AtomicInteger();
    final AtomicInteger termsLost = new AtomicInteger();
    private volatile CamelClusterView view;
    private volatile boolean leaderByEvents;
    private final List<Delivery> deliveries;

    FeedNode(String id, CamelClusterService cluster, StateRepository<String, String> cursorStore,
             PipedriveSandbox sandbox, List<Delivery> deliveries) throws Exception {
        this.id = id;
        this.cluster = cluster;
        this.context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(2);
        context.addService(cluster);
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setApiToken(sandbox.apiToken());
        // counts at the transport, below the component: nothing the node sends can escape the count
        component.getConfiguration().setHttpClientConfigurer(builder -> builder.addRequestInterceptorFirst(
                (request, entity, httpContext) -> {
                    requests.incrementAndGet();
                    if (!isLeader()) {
                        requestsWhileNotLeader.incrementAndGet();
                    }
                }));
        context.getRegistry().bind("cursorStore", cursorStore);
        this.deliveries = deliveries;
    }

    /**
     * Watches the feed's cluster view before the context (and with it the election) starts, so that no term is
     * missed, then starts the context and adds the master: route.
     */
    FeedNode start() throws Exception {
        view = cluster.getView(NAMESPACE);
        view.addEventListener((CamelClusterEventListener.Leadership) (v, leader) -> {
            boolean local = leader != null && leader.isLocal();
            LOG.info("{}: leadership event, leader is {}", id, leader == null ? "none" : leader.getId());
            if (local && !leaderByEvents) {
                termsWon.incrementAndGet();
            } else if (!local && leaderByEvents) {
                termsLost.incrementAndGet();
            }
            leaderByEvents = local;
        });
        context.start();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":pipedrive-leads:getLeads?startFrom=beginning&pageSize=10&delay=20"
                     + "&initialDelay=0&stateRepository=#cursorStore&stateKey=replicas-test-feed")
                        .routeId("feed-" + id)
                        .process(e -> deliveries.add(new Delivery(id, e.getMessage().getBody(Lead.class).getId())));
            }
        });
        return this;
    }

    /** What the cluster view says now (the engine's own answer, not a flag of this test). */
    boolean isLeader() {
        CamelClusterView current = view;
        return current != null && current.getLocalMember().isLeader();
    }

    /** Stops the replica at once: routes get two seconds, then the context goes down with its cluster service. */
    @Override
    public void close() throws Exception {
        context.stop();
    }

    @Override
    public String toString() {
        return id + "[requests=" + requests + ", whileNotLeader=" + requestsWhileNotLeader + ", won=" + termsWon
               + ", lost=" + termsLost + "]";
    }
}
