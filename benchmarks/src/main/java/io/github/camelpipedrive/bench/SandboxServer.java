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

    /**
     * Client side of the control port: one plain HTTP/1.0 GET per call on a fresh loopback socket. Deliberately not
     * {@code java.net.http.HttpClient}: that one loads about 600 classes (its own stack and all of JSSE for its
     * default SSL context) into the measured probe's JVM, which the fresh-process figures of the component would
     * then carry; the Node side reads the same port with the fetch its runtime already has loaded.
     */
    static final class Control {
        private final String host;
        private final int port;

        Control(String controlUrl) {
            URI uri = URI.create(controlUrl);
            this.host = uri.getHost();
            this.port = uri.getPort();
        }

        /** {requests, tokens, sandbox JVM CPU nanos} so far. */
        long[] stats() {
            return get("/stats");
        }

        /** {active lead count, sum of their ids' hash codes}. */
        long[] checksum() {
            return get("/checksum");
        }

        private long[] get(String path) {
            try (java.net.Socket socket = new java.net.Socket(host, port)) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                if (!response.startsWith("HTTP/1.1 200") && !response.startsWith("HTTP/1.0 200")) {
                    throw new IllegalStateException("control port answered: " + response);
                }
                String[] parts = response.substring(response.indexOf("\r\n\r\n") + 4).trim().split(" ");
                long[] values = new long[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    values[i] = Long.parseLong(parts[i]);
                }
                return values;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
