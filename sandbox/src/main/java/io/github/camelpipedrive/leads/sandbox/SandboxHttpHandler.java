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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapts the JDK HTTP server to the {@link SandboxDispatcher}; also realizes the transport faults.
 *
 * <p>To drop or cut a connection the handler throws an {@link IOException}: the JDK server then
 * closes the socket instead of keeping it alive, so the client sees EOF (no response, or fewer
 * body bytes than the announced Content-Length) rather than waiting forever.
 */
final class SandboxHttpHandler implements HttpHandler {

    private final SandboxDispatcher dispatcher;

    SandboxHttpHandler(SandboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        SandboxResponse response;
        try {
            response = dispatcher.dispatch(read(exchange));
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
        switch (response.delivery()) {
            case DROP:
                throw new IOException("sandbox fault: connection dropped without a response");
            case TRUNCATE:
                writeHeaders(exchange, response);
                exchange.getResponseHeaders().set("Connection", "close");
                exchange.sendResponseHeaders(response.status(), response.body().length);
                OutputStream partial = exchange.getResponseBody();
                partial.write(response.body(), 0, response.body().length / 2);
                partial.flush();
                throw new IOException("sandbox fault: body truncated");
            default:
                try {
                    writeHeaders(exchange, response);
                    byte[] body = response.body();
                    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
                    if (body.length > 0) {
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    }
                } finally {
                    exchange.close();
                }
        }
    }

    private static SandboxRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
            if (!h.getValue().isEmpty()) {
                headers.put(h.getKey(), h.getValue().get(0));
            }
        }
        return new SandboxRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body);
    }

    private static void writeHeaders(HttpExchange exchange, SandboxResponse response) {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
    }
}
