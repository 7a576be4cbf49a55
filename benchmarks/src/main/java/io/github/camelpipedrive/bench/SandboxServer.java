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

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;

/**
 * The sandbox in its own JVM, so that the consumer's heap is measured alone: seeds N leads, starts, and serves a
 * second, tiny control port on loopback with {@code GET /stats} ({@code "<requests> <tokensCharged>"}, from
 * {@link PipedriveSandbox#requestCount()} and {@link PipedriveSandbox#tokensCharged()}). Prints
 * {@code READY <baseUrl> <controlUrl>} and runs until its standard input closes (the parent died or is done).
 */
public final class SandboxServer {

    private SandboxServer() {
    }

    public static void main(String[] args) throws Exception {
        int leads = Integer.parseInt(args[0]);
        long t0 = System.nanoTime();
        PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(leads).build();
        String baseUrl = sandbox.start();
        long seededMillis = (System.nanoTime() - t0) / 1_000_000;
        HttpServer control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        control.createContext("/stats", exchange -> {
            byte[] body = (sandbox.requestCount() + " " + sandbox.tokensCharged() + " " + cpuNanos())
                    .getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        control.createContext("/checksum", exchange -> {
            // order-independent fingerprint of the active leads: count and sum of the ids' hash codes
            long sum = 0;
            java.util.List<String> ids = sandbox.activeLeadIds();
            for (String id : ids) {
                sum += id.hashCode();
            }
            byte[] body = (ids.size() + " " + sum).getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        control.start();
        System.out.println("READY " + baseUrl + " http://127.0.0.1:" + control.getAddress().getPort()
                           + " seeded " + leads + " leads in " + seededMillis + " ms");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close our stdin
        }
        control.stop(0);
        sandbox.close();
    }

    /** CPU time used by this whole JVM so far. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Client side of the control port. */
    static final class Control {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI stats;
        private final URI checksum;

        Control(String controlUrl) {
            this.stats = URI.create(controlUrl + "/stats");
            this.checksum = URI.create(controlUrl + "/checksum");
        }

        /** {requests, tokens, sandbox JVM CPU nanos} so far. */
        long[] stats() {
            return get(stats);
        }

        /** {active lead count, sum of their ids' hash codes}. */
        long[] checksum() {
            return get(checksum);
        }

        private long[] get(URI uri) {
            try {
                String body = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                String[] parts = body.trim().split(" ");
                long[] values = new long[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    values[i] = Long.parseLong(parts[i]);
                }
                return values;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
