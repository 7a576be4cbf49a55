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

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * Runs in a child JVM with a small heap ({@code -Xmx64m}), against a sandbox in another JVM ({@link SandboxServer}):
 * <ol>
 * <li>consumer ingest: {@code from("pipedrive-leads:getLeads?startFrom=beginning&pageSize=500&delay=1&greedy=true")}
 * into a route that only counts, until all N seeded leads arrived;</li>
 * <li>idle polls: K more polls with nothing new;</li>
 * <li>streaming: {@code getLeads?allPages=true&limit=500} iterated to the end.</li>
 * </ol>
 * Requests and tokens come from the sandbox's own counters, read between two polls from the consumer thread (so no
 * poll is half counted). Prints one line {@code RESULT <json>}.
 */
public final class IngestProbe {

    private IngestProbe() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        SandboxServer.Control control = new SandboxServer.Control(args[1]);
        long n = Long.parseLong(args[2]);
        int idlePolls = Integer.parseInt(args[3]);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("leads", n);
        out.put("maxHeapBytes", HeapWatch.maxHeap());
        HeapWatch heap = new HeapWatch();
        long[] expected = control.checksum();
        if (expected[0] != n) {
            throw new IllegalStateException("sandbox holds " + expected[0] + " leads, expected " + n);
        }

        CamelContext camel = new DefaultCamelContext();
        PipedriveLeadsComponent component = camel.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiToken("sandbox-token");

        AtomicLong delivered = new AtomicLong();
        AtomicLong idSum = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        long[] lastAddTime = { Long.MIN_VALUE };
        long[] lastDeliveryNanos = { 0 };
        Polls polls = new Polls(control, delivered, n, idlePolls, heap);
        camel.getRegistry().bind("polls", polls);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?startFrom=beginning&pageSize=500&delay=1&greedy=true&initialDelay=0"
                     + "&pollStrategy=#polls")
                        .routeId("ingest").autoStartup(false)
                        .process(exchange -> {
                            // the route "does nothing": it counts, fingerprints and checks the order
                            Lead lead = exchange.getMessage().getBody(Lead.class);
                            idSum.addAndGet(lead.getId().hashCode());
                            long t = lead.getAddTime().toEpochMilli();
                            if (t < lastAddTime[0]) {
                                outOfOrder.incrementAndGet();
                            }
                            lastAddTime[0] = t;
                            if (delivered.incrementAndGet() == n) {
                                lastDeliveryNanos[0] = System.nanoTime();
                            }
                        });
            }
        });
        camel.start();
        out.put("baselineRetainedBytes", HeapWatch.retainedAfterFullGc());

        // 1. ingest
        heap.reset();
        camel.getRouteController().startRoute("ingest");
        if (!polls.ingested.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("ingest did not finish: " + delivered.get() + " of " + n);
        }
        double seconds = (lastDeliveryNanos[0] - polls.firstBeginNanos) / 1e9;
        out.put("ingestSeconds", seconds);
        out.put("ingestLeadsPerSecond", n / seconds);
        out.put("ingestRequests", polls.ingestStats[0] - polls.startStats[0]);
        out.put("ingestTokens", polls.ingestStats[1] - polls.startStats[1]);
        out.put("ingestPolls", polls.pollsWithLeads.get());
        // CPU per lead: this JVM (component + Camel + the counting route) versus the sandbox JVM (the server)
        out.put("ingestProbeCpuMicrosPerLead", (polls.ingestProbeCpu - polls.startProbeCpu) / 1e3 / n);
        out.put("ingestSandboxCpuMicrosPerLead", (polls.ingestStats[2] - polls.startStats[2]) / 1e3 / n);
        out.put("ingestPeakHeapBytes", polls.ingestPeakUsed);
        out.put("ingestMaxHeapAfterGcBytes", polls.ingestMaxAfterGc);
        out.put("ingestGcCount", polls.ingestGcCount);

        // 2. idle polls (measured by the same strategy, right after catch-up)
        if (!polls.idleDone.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("idle polls did not finish");
        }
        camel.getRouteController().stopRoute("ingest");
        out.put("idlePolls", idlePolls);
        out.put("idleRequests", polls.idleEnd[0] - polls.idleStart[0]);
        out.put("idleTokens", polls.idleEnd[1] - polls.idleStart[1]);
        out.put("deliveredTotal", delivered.get());
        out.put("deliveredIdSumMatches", idSum.get() == expected[1]);
        out.put("deliveredOutOfOrder", outOfOrder.get());
        out.put("retainedAfterIngestBytes", HeapWatch.retainedAfterFullGc());

        // 3. streaming every page through the producer
        heap.reset();
        long[] before = control.stats();
        ProducerTemplate template = camel.createProducerTemplate();
        long cpu0 = SandboxServer.cpuNanos();
        long t0 = System.nanoTime();
        Iterator<?> leads = template.requestBody("pipedrive-leads:getLeads?allPages=true&limit=500", null,
                Iterator.class);
        long count = 0;
        long sum = 0;
        while (leads.hasNext()) {
            Lead lead = (Lead) leads.next();
            sum += lead.getId().hashCode();
            count++;
        }
        double streamSeconds = (System.nanoTime() - t0) / 1e9;
        long cpu1 = SandboxServer.cpuNanos();
        long[] after = control.stats();
        out.put("streamProbeCpuMicrosPerLead", (cpu1 - cpu0) / 1e3 / count);
        out.put("streamSandboxCpuMicrosPerLead", (after[2] - before[2]) / 1e3 / count);
        Thread.sleep(200); // let the last GC notifications arrive
        out.put("streamItems", count);
        out.put("streamIdSumMatches", sum == expected[1]);
        out.put("streamSeconds", streamSeconds);
        out.put("streamLeadsPerSecond", count / streamSeconds);
        out.put("streamRequests", after[0] - before[0]);
        out.put("streamTokens", after[1] - before[1]);
        out.put("streamPeakHeapBytes", heap.peakUsed());
        out.put("streamMaxHeapAfterGcBytes", heap.maxAfterGc());
        out.put("streamGcCount", heap.gcCount());
        out.put("retainedAfterStreamBytes", HeapWatch.retainedAfterFullGc());
        out.put("finishedAt", Instant.now().toString());
        template.close();
        camel.close();
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(out));
    }

    /** Counts polls and reads the sandbox's counters between polls, on the consumer's own thread. */
    static final class Polls implements PollingConsumerPollStrategy {
        private final SandboxServer.Control control;
        private final AtomicLong delivered;
        private final long n;
        private final int idleTarget;
        private final HeapWatch heap;
        final CountDownLatch ingested = new CountDownLatch(1);
        final CountDownLatch idleDone = new CountDownLatch(1);
        final AtomicLong pollsWithLeads = new AtomicLong();
        volatile long firstBeginNanos;
        volatile long[] startStats;
        volatile long[] ingestStats;
        volatile long[] idleStart;
        volatile long[] idleEnd;
        volatile long startProbeCpu;
        volatile long ingestProbeCpu;
        volatile long ingestPeakUsed;
        volatile long ingestMaxAfterGc;
        volatile long ingestGcCount;
        private int idle;

        Polls(SandboxServer.Control control, AtomicLong delivered, long n, int idleTarget, HeapWatch heap) {
            this.control = control;
            this.delivered = delivered;
            this.n = n;
            this.idleTarget = idleTarget;
            this.heap = heap;
        }

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            if (startStats == null) {
                startStats = control.stats();
                startProbeCpu = SandboxServer.cpuNanos();
                firstBeginNanos = System.nanoTime();
            }
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            if (polledMessages > 0) {
                pollsWithLeads.incrementAndGet();
                if (ingestStats == null && delivered.get() >= n) {
                    ingestProbeCpu = SandboxServer.cpuNanos();
                    ingestStats = control.stats();
                    sleepQuietly(200); // let the last GC notifications arrive
                    ingestPeakUsed = heap.peakUsed();
                    ingestMaxAfterGc = heap.maxAfterGc();
                    ingestGcCount = heap.gcCount();
                    ingested.countDown();
                }
                return;
            }
            if (ingestStats == null || idleEnd != null) {
                return;
            }
            // each idle poll is counted between two stats reads taken on this thread: exact
            if (idle == 0) {
                idleStart = control.stats();
            }
            idle++;
            if (idle == idleTarget + 1) {
                idleEnd = control.stats();
                idleDone.countDown();
            }
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            System.err.println("poll failed: " + cause);
            return false;
        }

        private static void sleepQuietly(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
