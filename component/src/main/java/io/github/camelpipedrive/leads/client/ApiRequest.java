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
package io.github.camelpipedrive.leads.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One request to the Pipedrive API, fully validated: method, API version, an already encoded path, query
 * parameters (encoded when the URI is built) and an optional JSON body.
 */
public final class ApiRequest {

    private final String operation;
    private final String method;
    private final ApiVersion version;
    private final String path;
    private final Map<String, String> query;
    private final byte[] jsonBody;
    private final int tokenCost;

    /**
     * @param tokenCost what the request costs against the daily budget (x-token-cost of the API reference)
     */
    public ApiRequest(String operation, String method, ApiVersion version, String path, Map<String, String> query,
            byte[] jsonBody, int tokenCost) {
        this.tokenCost = tokenCost;
        this.operation = operation;
        this.method = method;
        this.version = version;
        this.path = path;
        this.query = query.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
        this.jsonBody = jsonBody;
    }

    /** The same request with one query parameter set (or replaced). */
    public ApiRequest withQuery(String name, String value) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, value);
        return new ApiRequest(operation, method, version, path, q, jsonBody, tokenCost);
    }

    /** The same request to another path and method, without body: for follow-up calls such as status polls. */
    public ApiRequest follow(String newOperation, String newMethod, String newPath, int newTokenCost) {
        return new ApiRequest(newOperation, newMethod, version, newPath, Map.of(), null, newTokenCost);
    }

    /** Tokens this request costs against the company's daily budget. */
    public int tokenCost() {
        return tokenCost;
    }

    /** Whether repeating the request cannot change the outcome (GET, DELETE, PATCH with the same body). */
    public boolean isIdempotent() {
        return !"POST".equals(method);
    }

    /** Encodes one path segment so that no character of it can change the path or add a query. */
    public static String encodeSegment(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    public ApiVersion version() {
        return version;
    }

    /** Path below the version prefix, for example {@code leads/<id>}. */
    public String path() {
        return path;
    }

    /** The full path as sent, without query, for example {@code /api/v1/leads}. */
    public String fullPath() {
        return version.prefix() + path;
    }

    public Map<String, String> query() {
        return query;
    }

    public byte[] jsonBody() {
        return jsonBody;
    }

    /** Path plus encoded query, appended to the base URL. */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return fullPath();
        }
        StringJoiner joiner = new StringJoiner("&", fullPath() + "?", "");
        query.forEach((k, v) -> joiner.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return joiner.toString();
    }

    @Override
    public String toString() {
        return operation + " " + method + " " + fullPath();
    }
}
