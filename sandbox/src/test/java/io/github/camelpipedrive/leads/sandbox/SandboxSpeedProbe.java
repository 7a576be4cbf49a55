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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One-off speed measurement, not a test (no {@code @Test}, so {@code mvn verify} never runs it).
 * Run with: {@code java -cp target/classes:target/test-classes:<deps> ...SandboxSpeedProbe}.
 *
 * <p>Measures (1) server CPU per request through the dispatcher in-process, with no socket, by
 * thread CPU time, and (2) wall time per request over HTTP on localhost with java.net.http.
 */
public final class SandboxSpeedProbe {

    private SandboxSpeedProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(5000).build()) {
            String baseUrl = sandbox.start();
            SandboxDispatcher dispatcher = sandbox.dispatcher();
            Map<String, String> auth = Map.of("x-api-token", sandbox.apiToken());
            Map<String, String> json = Map.of("x-api-token", sandbox.apiToken(), "Content-Type", "application/json");
            List<String> ids = sandbox.activeLeadIds();
            String id = ids.get(42);

            IntConsumer page = i -> check(dispatcher.dispatch(new SandboxRequest("GET", "/api/v1/leads",
                    "limit=500&start=" + (i % 10) * 500, auth, null)));
            IntConsumer get = i -> check(dispatcher.dispatch(new SandboxRequest("GET", "/api/v1/leads/" + id, null,
                    auth, null)));
            IntConsumer patch = i -> check(dispatcher.dispatch(new SandboxRequest("PATCH", "/api/v1/leads/" + id, null,
                    json, ("{\"title\":\"speed " + (i & 7) + "\"}").getBytes(StandardCharsets.UTF_8))));

            System.out.println("in-process server CPU (dispatcher, no socket), 5000 leads:");
            measureCpu("  GET /api/v1/leads?limit=500 page", page, 3000, 1000);
            measureCpu("  GET /api/v1/leads/{id}", get, 30000, 10000);
            measureCpu("  PATCH /api/v1/leads/{id}", patch, 30000, 10000);
            // after PATCHes the page holding the edited lead rebuilds one lead's bytes only
            measureCpu("  page + PATCH of a lead on it", i -> {
                patch.accept(i);
                page.accept(0);
            }, 3000, 1000);

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest pageRequest = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/leads?limit=500&start=1000"))
                    .header("x-api-token", sandbox.apiToken()).build();
            HttpRequest getRequest = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/leads/" + id))
                    .header("x-api-token", sandbox.apiToken()).build();
            HttpRequest patchRequest = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/leads/" + id))
                    .header("x-api-token", sandbox.apiToken()).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"over http\"}")).build();
            System.out.println("HTTP round trip on localhost (client + server, wall time):");
            measureWall("  GET page of 500", () -> send(client, pageRequest), 300, 1000);
            measureWall("  GET one lead", () -> send(client, getRequest), 1000, 3000);
            measureWall("  PATCH one lead", () -> send(client, patchRequest), 1000, 3000);
            System.out.println("  page size: " + send(client, pageRequest) + " bytes");
        }
    }

    private static void check(SandboxResponse response) {
        if (response.status() >= 300) {
            throw new IllegalStateException(response.status() + " " + response.bodyAsString());
        }
    }

    /**
     * Thread CPU time per call over five rounds; the machine is shared (2 cores, other builds),
     * so the best and the median round are printed rather than one noisy mean.
     */
    private static void measureCpu(String name, IntConsumer call, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            call.accept(i);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] rounds = new double[5];
        for (int r = 0; r < rounds.length; r++) {
            long cpu = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                call.accept(i);
            }
            rounds[r] = (mx.getCurrentThreadCpuTime() - cpu) / 1000.0 / runs;
        }
        java.util.Arrays.sort(rounds);
        System.out.printf("%-40s best %7.1f us, median %7.1f us CPU/request%n", name, rounds[0], rounds[2]);
    }

    private interface Call {
        int run() throws Exception;
    }

    private static void measureWall(String name, Call call, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        long wall = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            call.run();
        }
        System.out.printf("%-40s %8.1f us/request%n", name, (System.nanoTime() - wall) / 1000.0 / runs);
    }

    private static int send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode());
        }
        return response.body().length;
    }
}
