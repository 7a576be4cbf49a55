package io.github.camelpipedrive.leads.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adapts the JDK HTTP server to the {@link SandboxDispatcher}; also realizes transport faults. */
final class SandboxHttpHandler implements HttpHandler {

    private final SandboxDispatcher dispatcher;

    SandboxHttpHandler(SandboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
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
            SandboxRequest request = new SandboxRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers, body);
            write(exchange, dispatcher.dispatch(request));
        } finally {
            exchange.close();
        }
    }

    private static void write(HttpExchange exchange, SandboxResponse response) throws IOException {
        if (response.delivery() == SandboxResponse.Delivery.DROP) {
            // closing an exchange whose headers were never sent closes the socket: no response at all
            return;
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        byte[] body = response.body();
        if (response.delivery() == SandboxResponse.Delivery.TRUNCATE) {
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(response.status(), body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            try {
                // closing with bytes missing makes the JDK server drop the connection mid-body
                out.close();
            } catch (IOException expected) {
                // "insufficient bytes written to stream": exactly the failure being simulated
            }
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
