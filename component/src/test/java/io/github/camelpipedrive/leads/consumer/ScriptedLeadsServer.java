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
package io.github.camelpipedrive.leads.consumer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal, fully scripted stand-in for {@code GET /v1/leads} and {@code GET /v1/leads/archived}: leads with chosen
 * timestamps (ties ordered by insertion, as a stable database sort would), and a hook that runs before each list
 * request is answered, so a test can delete or archive leads at an exact point between two requests of one poll.
 * The sandbox has no such hook; it is the only way to put a change between two requests deterministically.
 */
final class ScriptedLeadsServer implements AutoCloseable {

    private static final class Row {
        final String id;
        final Instant addTime;
        Instant updateTime;
        boolean archived;
        final int seq;

        Row(String id, Instant addTime, int seq) {
            this.id = id;
            this.addTime = addTime;
            this.updateTime = addTime;
            this.seq = seq;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private volatile Consumer<String> beforeRequest = q -> { };
    private HttpServer server;

    /** Starts the server and returns its base URL. */
    String start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void add(String id, Instant addTime) {
        rows.add(new Row(id, addTime, rows.size()));
    }

    synchronized void delete(String id) {
        rows.removeIf(r -> r.id.equals(id));
    }

    synchronized void archive(String id, Instant at) {
        rows.stream().filter(r -> r.id.equals(id)).forEach(r -> {
            r.archived = true;
            r.updateTime = at;
        });
    }

    /** Runs before each list request is answered, with its path and query ("/v1/leads?limit=..."). */
    void beforeRequest(Consumer<String> hook) {
        this.beforeRequest = hook;
    }

    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String line = path + "?" + rawQuery;
        beforeRequest.accept(line);
        byte[] body;
        synchronized (this) {
            requests.add(line);
            body = mapper.writeValueAsBytes(answer(path, query(rawQuery)));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Map<String, Object> answer(String path, Map<String, String> query) {
        boolean archived = path.endsWith("/archived");
        String[] sort = query.getOrDefault("sort", "add_time ASC").split(" ");
        boolean byAdd = sort[0].equals("add_time");
        Comparator<Row> order = Comparator.comparing((Row r) -> byAdd ? r.addTime : r.updateTime)
                .thenComparingInt(r -> r.seq);
        if (sort.length > 1 && sort[1].equalsIgnoreCase("DESC")) {
            order = order.reversed();
        }
        Instant since = query.containsKey("updated_since") ? Instant.parse(query.get("updated_since")) : null;
        List<Row> matching = rows.stream().filter(r -> r.archived == archived)
                .filter(r -> since == null || !r.updateTime.isBefore(since)).sorted(order).toList();
        int start = Integer.parseInt(query.getOrDefault("start", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = start; i < Math.min(matching.size(), start + limit); i++) {
            Row r = matching.get(i);
            Map<String, Object> lead = new LinkedHashMap<>();
            lead.put("id", r.id);
            lead.put("title", "Lead " + r.id);
            lead.put("person_id", 1);
            lead.put("is_archived", r.archived);
            lead.put("add_time", r.addTime.toString());
            lead.put("update_time", r.updateTime.toString());
            data.add(lead);
        }
        boolean more = start + limit < matching.size();
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("start", start);
        pagination.put("limit", limit);
        pagination.put("more_items_in_collection", more);
        if (more) {
            pagination.put("next_start", start + limit);
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("success", true);
        envelope.put("data", data);
        envelope.put("additional_data", Map.of("pagination", pagination));
        return envelope;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.put(name, value);
        }
        return result;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
