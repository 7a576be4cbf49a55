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
package io.github.camelpipedrive.leads.sandbox;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One-off measurement of the sandbox's CPU per lead when a client pages through the whole lead list,
 * not a test (no {@code @Test}, so {@code mvn verify} never runs it). Run with
 * {@code java -cp target/classes:target/test-classes:<deps> ...LeadPagingProbe [leads]}.
 *
 * <p>Only the dispatcher call is timed (thread CPU time around it), not the probe's own JSON parsing.
 * Request shapes: the offset walk of Pipedrive's Node client ({@code limit=500&start=k}) and the
 * component consumer's windows ({@code start=0&sort=<key> ASC&updated_since=<watermark>}, the
 * watermark being the key of the last lead of the previous page), plus one page read right after a
 * write, which has to rebuild whatever the write invalidated.
 */
public final class LeadPagingProbe {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private final SandboxDispatcher dispatcher;
    private final Map<String, String> auth;
    private final Map<String, String> json;
    private long cpuNanos;

    /** Where the figures go: the console of the one who runs this main. */
    private final PrintStream out;

    private LeadPagingProbe(PipedriveSandbox sandbox, PrintStream out) {
        this.out = out;
        this.dispatcher = sandbox.dispatcher();
        this.auth = Map.of("x-api-token", sandbox.apiToken());
        this.json = Map.of("x-api-token", sandbox.apiToken(), "Content-Type", "application/json");
    }

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(leads).build()) {
            LeadPagingProbe probe = new LeadPagingProbe(sandbox, System.out);
            probe.out.printf("sandbox CPU per lead delivered, %d seeded leads, pages of 500 (best / median of %d walks"
                    + " after one warm-up walk):%n", leads, rounds);
            probe.report("offset walk limit=500&start=k", rounds, () -> probe.offsetWalk(leads));
            probe.report("feed=new sort=add_time ASC&updated_since", rounds,
                    () -> probe.watermarkWalk("add_time", leads));
            probe.report("feed=updated sort=update_time ASC&updated_since", rounds,
                    () -> probe.watermarkWalk("update_time", leads));
            String id = sandbox.activeLeadIds().get(leads / 2);
            probe.reportWriteThenRead(id);
        }
    }

    private interface Walk {
        int run();
    }

    private void report(String name, int rounds, Walk walk) {
        walk.run();
        double[] perLead = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            cpuNanos = 0;
            int delivered = walk.run();
            perLead[r] = cpuNanos / 1000.0 / delivered;
        }
        Arrays.sort(perLead);
        out.printf("  %-52s best %8.3f us, median %8.3f us CPU/lead%n", name, perLead[0],
                perLead[rounds / 2]);
    }

    /** Pages by offset until the list says there is no more; returns the number of leads received. */
    private int offsetWalk(int expected) {
        int received = 0;
        for (int start = 0;; start += 500) {
            JsonNode body = get("limit=500&start=" + start);
            received += body.get("data").size();
            if (!body.get("additional_data").get("more_items_in_collection").asBoolean()) {
                break;
            }
        }
        check(received == expected, "offset walk received " + received);
        return received;
    }

    /** Re-anchors every request on the last key seen, as the component's consumer does; returns distinct leads. */
    private int watermarkWalk(String key, int expected) {
        Set<String> seen = new HashSet<>();
        String watermark = null;
        while (true) {
            String query = "limit=500&start=0&sort=" + encode(key + " ASC")
                    + (watermark == null ? "" : "&updated_since=" + encode(watermark));
            JsonNode body = get(query);
            JsonNode data = body.get("data");
            for (JsonNode lead : data) {
                seen.add(lead.get("id").asText());
            }
            String last = data.get(data.size() - 1).get(key).asText();
            boolean more = body.get("additional_data").get("more_items_in_collection").asBoolean();
            if (!more) {
                break;
            }
            check(!last.equals(watermark), "watermark did not move past " + last);
            watermark = last;
        }
        check(seen.size() == expected, "watermark walk saw " + seen.size());
        return seen.size();
    }

    /** A PATCH (not timed) followed by one consumer window (timed): the cost a write leaves to the next read. */
    private void reportWriteThenRead(String id) {
        int runs = 200;
        double[] perRequest = new double[runs];
        String[][] pages = {
            {"PATCH, then limit=100 first page", "limit=100"},
            {"PATCH, then limit=500&start=50000", "limit=500&start=50000"},
            {"PATCH, then sort=add_time ASC&updated_since page",
                "limit=500&start=0&sort=" + encode("add_time ASC") + "&updated_since=2000-01-01"},
            {"PATCH, then sort=update_time ASC&updated_since page",
                "limit=500&start=0&sort=" + encode("update_time ASC") + "&updated_since=2000-01-01"}};
        for (String[] page : pages) {
            for (int i = 0; i < runs; i++) {
                SandboxResponse patched = dispatcher.dispatch(new SandboxRequest("PATCH", "/api/v1/leads/" + id, null,
                        json, ("{\"title\":\"probe " + i + "\"}").getBytes(StandardCharsets.UTF_8)));
                check(patched.status() == 200, patched.bodyAsString());
                cpuNanos = 0;
                get(page[1]);
                perRequest[i] = cpuNanos / 1000.0;
            }
            Arrays.sort(perRequest);
            out.printf("  %-52s median %8.1f us CPU/request (%d runs)%n", page[0], perRequest[runs / 2], runs);
        }
    }

    private JsonNode get(String query) {
        SandboxRequest request = new SandboxRequest("GET", "/api/v1/leads", query, auth, null);
        long before = MX.getCurrentThreadCpuTime();
        SandboxResponse response = dispatcher.dispatch(request);
        cpuNanos += MX.getCurrentThreadCpuTime() - before;
        check(response.status() == 200, response.bodyAsString());
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
