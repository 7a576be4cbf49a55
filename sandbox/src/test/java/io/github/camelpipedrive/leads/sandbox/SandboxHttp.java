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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a tiny JSON HTTP client for the sandbox built on java.net.http. */
final class SandboxHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A received response. */
    static final class Resp {
        final int status;
        final HttpResponse<String> raw;
        final String body;

        Resp(HttpResponse<String> raw) {
            this.raw = raw;
            this.status = raw.statusCode();
            this.body = raw.body();
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient client;
    private final String baseUrl;
    private final List<String> authHeader = new ArrayList<>();

    SandboxHttp(String baseUrl, String token) {
        this(baseUrl);
        if (token != null) {
            authHeader.add("x-api-token");
            authHeader.add(token);
        }
    }

    private SandboxHttp(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A client that sends {@code Authorization: Bearer <token>}. */
    static SandboxHttp bearer(String baseUrl, String token) {
        SandboxHttp http = new SandboxHttp(baseUrl);
        http.authHeader.add("Authorization");
        http.authHeader.add("Bearer " + token);
        return http;
    }

    /** A client that sends no credentials. */
    static SandboxHttp anonymous(String baseUrl) {
        return new SandboxHttp(baseUrl);
    }

    HttpClient client() {
        return client;
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
        if (!authHeader.isEmpty()) {
            b.header(authHeader.get(0), authHeader.get(1));
        }
        return b;
    }

    Resp send(HttpRequest request) {
        try {
            return new Resp(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Resp get(String path) {
        return send(request(path).GET().build());
    }

    Resp delete(String path) {
        return send(request(path).DELETE().build());
    }

    Resp post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Resp patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
