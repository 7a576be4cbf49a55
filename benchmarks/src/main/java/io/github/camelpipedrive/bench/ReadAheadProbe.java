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

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.sandbox.Fault;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * How long the consumer takes to catch up with a backlog (or an {@code allPages} iterator to be walked, with
 * {@code stream} as fifth argument) when every list request has a real API's latency, with {@code readAhead} on and
 * off, in alternation. The sandbox answers every request after {@code latencyMs}; the route spends
 * {@code routeMicros} of wall time per lead (a stand-in for an application's work, e.g. a database write).
 * Arguments: leads latencyMs routeMicros rounds [consumer|stream]. Prints one line per run and the medians; asserts
 * nothing.
 */
public final class ReadAheadProbe {

    private ReadAheadProbe() {
    }

    public static void main(String[] args) throws Exception {
        int leads = Integer.parseInt(args[0]);
        long latencyMs = Long.parseLong(args[1]);
        long routeMicros = Long.parseLong(args[2]);
        int rounds = Integer.parseInt(args[3]);
        boolean stream = args.length > 4 && "stream".equals(args[4]);
        try (PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(leads).build()) {
            String baseUrl = sandbox.start();
            sandbox.faults().failFraction(1.0, 1, Fault.latency(Duration.ofMillis(latencyMs)));
            double[][] seconds = new double[2][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int side = 0; side < 2; side++) {
                    boolean readAhead = (side + round) % 2 == 0; // alternate which goes first
                    seconds[readAhead ? 1 : 0][round] = stream
                            ? walk(baseUrl, sandbox.apiToken(), leads, routeMicros, readAhead)
                            : catchUp(baseUrl, sandbox.apiToken(), leads, routeMicros, readAhead, round);
                    System.out.printf("round %d readAhead=%-5s %.2f s%n", round + 1, readAhead,
                            seconds[readAhead ? 1 : 0][round]);
                }
            }
            java.util.Arrays.sort(seconds[0]);
            java.util.Arrays.sort(seconds[1]);
            System.out.printf((stream ? "median allPages walk" : "median catch-up") + " of %d leads, %d ms per request, %d us per lead in the route: "
                              + "readAhead=false %.2f s, readAhead=true %.2f s%n", leads, latencyMs, routeMicros,
                    seconds[0][rounds / 2], seconds[1][rounds / 2]);
        }
    }

    /** Walks every lead of an allPages iterator, spending the route's time per lead. */
    private static double walk(String baseUrl, String token, int leads, long routeMicros, boolean readAhead)
            throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            PipedriveLeadsComponent component = camel.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
            component.getConfiguration().setBaseUrl(baseUrl);
            component.getConfiguration().setApiToken(token);
            camel.start();
            long t0 = System.nanoTime();
            java.util.Iterator<?> it = camel.createProducerTemplate().requestBody(
                    "pipedrive-leads:getLeads?allPages=true&limit=500&readAhead=" + readAhead, null,
                    java.util.Iterator.class);
            long count = 0;
            while (it.hasNext()) {
                it.next();
                long until = System.nanoTime() + routeMicros * 1_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // the application's work per lead
                }
                count++;
            }
            if (count != leads) {
                throw new IllegalStateException("walked " + count + " of " + leads);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static double catchUp(String baseUrl, String token, int leads, long routeMicros, boolean readAhead,
                                  int round) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            PipedriveLeadsComponent component = camel.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
            component.getConfiguration().setBaseUrl(baseUrl);
            component.getConfiguration().setApiToken(token);
            AtomicLong count = new AtomicLong();
            CountDownLatch done = new CountDownLatch(1);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("pipedrive-leads:getLeads?startFrom=beginning&pageSize=500&delay=1&greedy=true"
                         + "&initialDelay=0&stateKey=read-ahead-" + round + "-" + readAhead + "&readAhead=" + readAhead)
                            .process(exchange -> {
                                long until = System.nanoTime() + routeMicros * 1_000;
                                while (System.nanoTime() < until) {
                                    Thread.onSpinWait(); // the application's work per lead
                                }
                                if (count.incrementAndGet() == leads) {
                                    done.countDown();
                                }
                            });
                }
            });
            long t0 = System.nanoTime();
            camel.start();
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("delivered " + count.get() + " of " + leads);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
