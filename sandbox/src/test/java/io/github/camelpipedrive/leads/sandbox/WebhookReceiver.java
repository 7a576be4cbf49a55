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

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/** Test helper: a local JDK HTTP server that records webhook deliveries and answers a chosen status. */
final class WebhookReceiver implements AutoCloseable {

    /** One received POST. */
    static final class Received {
        final JsonNode body;
        final String authorization;
        final String contentType;

        Received(JsonNode body, String authorization, String contentType) {
            this.body = body;
            this.authorization = authorization;
            this.contentType = contentType;
        }

        JsonNode meta() {
            return body.get("meta");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "webhook-receiver");
        t.setDaemon(true);
        return t;
    });
    private final List<Received> received = new ArrayList<>();
    private volatile IntSupplier status = () -> 200;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = SandboxHttp.MAPPER.readTree(in.readAllBytes());
                synchronized (received) {
                    received.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization"),
                            exchange.getRequestHeaders().getFirst("Content-Type")));
                }
                exchange.sendResponseHeaders(status.getAsInt(), -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** @return the URL to subscribe, e.g. {@code http://127.0.0.1:41234/hook} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** @param value what every following request is answered with */
    void answer(int value) {
        this.status = () -> value;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
