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

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The component's side of {@code benchmarks/side-by-side.sh}, in a fresh JVM: pages every lead of the sandbox
 * {@code passes} times in this one process (pass 1 cold, later passes warm), as one of
 * <ul>
 * <li>{@code stream}: {@code getLeads?allPages=true&limit=500} through a {@code ProducerTemplate}, the returned
 * iterator walked to the end;</li>
 * <li>{@code consumer}: {@code from("pipedrive-leads:getLeads?startFrom=beginning&pageSize=500")}, one exchange per
 * lead, a fresh cursor (its own stateKey) per pass, until all N leads were delivered;</li>
 * <li>{@code batch}: the same consumer with {@code batchMode=true} (one exchange per page).</li>
 * </ul>
 * Mode {@code train} runs one pass of each and prints nothing (to record an AppCDS archive).
 * Arguments: mode baseUrl apiToken controlUrl expectedLeads passes. Prints one line per pass, as the Node side does:
 * {@code PASS {"pass":1,"leads":...,"idSum":...,"seconds":...,"cpuMicros":...,"processCpuMicros":...,"requests":...}}.
 */
public final class SideBySideProbe {

    private SideBySideProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String baseUrl = args[1];
        String apiToken = args[2];
        SandboxServer.Control control = new SandboxServer.Control(args[3]);
        long expected = Long.parseLong(args[4]);
        int passes = Integer.parseInt(args[5]);

        CamelContext camel = new DefaultCamelContext();
        PipedriveLeadsComponent component = camel.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiToken(apiToken);
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        if ("train".equals(mode)) {
            // one pass of each side, to record a class-data-sharing archive (-XX:ArchiveClassesAtExit)
            stream(template, control);
            consume(camel, control, 1, expected, false);
            consume(camel, control, 2, expected, true);
            template.close();
            camel.close();
            return;
        }
        for (int pass = 1; pass <= passes; pass++) {
            long[] before = control.stats();
            long cpu0 = SandboxServer.cpuNanos();
            long t0 = System.nanoTime();
            long[] counted = switch (mode) {
                case "stream" -> stream(template, control);
                case "consumer" -> consume(camel, control, pass, expected, false);
                case "batch" -> consume(camel, control, pass, expected, true);
                default -> throw new IllegalArgumentException("mode must be stream, consumer or batch: " + mode);
            };
            double seconds = (counted[3] - t0) / 1e9;
            long cpu1 = counted[4];
            long requests = counted[2] - before[0];
            if (counted[0] != expected) {
                throw new IllegalStateException(mode + " paged " + counted[0] + " leads, expected " + expected);
            }
            // formatted by hand: a second ObjectMapper of the harness's own would add to the measured JVM's start-up
            System.out.println("PASS {\"pass\":" + pass + ",\"leads\":" + counted[0] + ",\"idSum\":" + counted[1]
                               + ",\"seconds\":" + seconds + ",\"cpuMicros\":" + (cpu1 - cpu0) / 1000
                               + ",\"processCpuMicros\":" + cpu1 / 1000 + ",\"requests\":" + requests + "}");
            System.out.flush();
        }
        template.close();
        camel.close();
    }

    /** {leads, id fingerprint, sandbox request counter, nanoTime and process CPU nanos at the last lead}. */
    private static long[] stream(ProducerTemplate template, SandboxServer.Control control) {
        Iterator<?> leads = template.requestBody("pipedrive-leads:getLeads?allPages=true&limit=500", null,
                Iterator.class);
        long count = 0;
        long sum = 0;
        while (leads.hasNext()) {
            Lead lead = (Lead) leads.next();
            sum += lead.getId().hashCode();
            count++;
        }
        long end = System.nanoTime();
        long cpu = SandboxServer.cpuNanos();
        return new long[] { count, sum, control.stats()[0], end, cpu };
    }

    /**
     * A consumer route on a fresh cursor, until all leads arrived; the sandbox's counter is read on the route's
     * thread at the last lead, so the idle polls after catch-up are not counted.
     */
    private static long[] consume(CamelContext camel, SandboxServer.Control control, int pass, long expected,
                                  boolean batch) throws Exception {
        long[] counted = new long[5];
        CountDownLatch done = new CountDownLatch(1);
        String routeId = "feed-" + pass;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?startFrom=beginning&pageSize=500&delay=1&greedy=true&initialDelay=0"
                     + "&stateKey=side-by-side-" + pass + (batch ? "&batchMode=true" : ""))
                        .routeId(routeId)
                        .process(exchange -> {
                            Object body = exchange.getMessage().getBody();
                            if (body instanceof List<?> page) {
                                for (Object lead : page) {
                                    counted[1] += ((Lead) lead).getId().hashCode();
                                }
                                counted[0] += page.size();
                            } else {
                                counted[1] += ((Lead) body).getId().hashCode();
                                counted[0]++;
                            }
                            if (counted[0] == expected) {
                                counted[3] = System.nanoTime();
                                counted[4] = SandboxServer.cpuNanos();
                                counted[2] = control.stats()[0];
                                done.countDown();
                            }
                        });
            }
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the consumer delivered " + counted[0] + " of " + expected);
        }
        camel.getRouteController().stopRoute(routeId);
        camel.removeRoute(routeId);
        return counted;
    }
}
