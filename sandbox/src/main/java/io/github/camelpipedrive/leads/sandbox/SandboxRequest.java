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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A transport-independent request: what the handlers see. */
final class SandboxRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final byte[] body;

    /**
     * @param headers header names are matched case-insensitively, so they are lower-cased here
     */
    SandboxRequest(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.rawQuery = rawQuery;
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        this.headers = Collections.unmodifiableMap(lower);
        this.query = parseQuery(rawQuery);
        this.body = body == null ? new byte[0] : body;
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            // first occurrence wins, like most frameworks given a scalar parameter
            params.putIfAbsent(key, value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String rawQuery() {
        return rawQuery;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String query(String name) {
        return query.get(name);
    }

    Map<String, String> queryParams() {
        return query;
    }

    byte[] body() {
        return body;
    }

    /**
     * The body of a POST/PATCH as JSON. The API requires {@code Content-Type: application/json}
     * for lead writes (reference §1.4), so anything else is refused with 400.
     */
    com.fasterxml.jackson.databind.JsonNode jsonBody() {
        String contentType = header("content-type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw ApiException.invalid("Content-Type must be application/json");
        }
        com.fasterxml.jackson.databind.JsonNode node = Json.parseOrNull(body);
        if (node == null) {
            throw ApiException.invalid("Request body is not valid JSON");
        }
        return node;
    }

    /** The request line as logged: method, path and query, with any {@code api_token} removed. */
    String logLine() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(path);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            StringBuilder kept = new StringBuilder();
            for (String pair : rawQuery.split("&")) {
                if (pair.startsWith("api_token=") || pair.equals("api_token") || pair.isEmpty()) {
                    continue;
                }
                if (kept.length() > 0) {
                    kept.append('&');
                }
                kept.append(pair);
            }
            if (kept.length() > 0) {
                sb.append('?').append(kept);
            }
        }
        return sb.toString();
    }
}
