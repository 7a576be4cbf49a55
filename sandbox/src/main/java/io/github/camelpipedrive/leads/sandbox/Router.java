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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method and path to an operation. v1 resources are reachable under both {@code /v1/} and
 * {@code /api/v1/} (the real API accepts both), v2 only under {@code /api/v2/} (DOC-v2mig).
 */
final class Router {

    /** Handles one matched operation; {@code params} are the path variables in order. */
    @FunctionalInterface
    interface Handler {
        SandboxResponse handle(SandboxRequest request, String[] params);
    }

    /** One operation of the API with its token cost. */
    static final class Route {
        final String api;
        final String method;
        final Pattern pattern;
        final String operationId;
        final int cost;
        final boolean search;
        final Handler handler;

        Route(String api, String method, String regex, String operationId, int cost, boolean search, Handler handler) {
            this.api = api;
            this.method = method;
            this.pattern = Pattern.compile(regex);
            this.operationId = operationId;
            this.cost = cost;
            this.search = search;
            this.handler = handler;
        }
    }

    /** Result of matching: a route, or "path known but wrong method", or nothing. */
    static final class Match {
        final Route route;
        final String[] params;
        final boolean methodNotAllowed;

        Match(Route route, String[] params, boolean methodNotAllowed) {
            this.route = route;
            this.params = params;
            this.methodNotAllowed = methodNotAllowed;
        }

        String operationId() {
            return route == null ? null : route.operationId;
        }

        int cost() {
            return route == null ? 0 : route.cost;
        }

        boolean search() {
            return route != null && route.search;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String api, String method, String regex, String operationId, int cost, Handler handler) {
        routes.add(new Route(api, method, regex, operationId, cost, false, handler));
        return this;
    }

    Router addSearch(String api, String method, String regex, String operationId, int cost, Handler handler) {
        routes.add(new Route(api, method, regex, operationId, cost, true, handler));
        return this;
    }

    Match match(String method, String path) {
        String api;
        String rest;
        if (path.startsWith("/api/v1/")) {
            api = "v1";
            rest = path.substring(8);
        } else if (path.startsWith("/v1/")) {
            api = "v1";
            rest = path.substring(4);
        } else if (path.startsWith("/api/v2/")) {
            api = "v2";
            rest = path.substring(8);
        } else {
            return new Match(null, new String[0], false);
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        boolean pathKnown = false;
        for (Route route : routes) {
            if (!route.api.equals(api)) {
                continue;
            }
            Matcher m = route.pattern.matcher(rest);
            if (!m.matches()) {
                continue;
            }
            if (!route.method.equals(method)) {
                pathKnown = true;
                continue;
            }
            String[] params = new String[m.groupCount()];
            for (int i = 0; i < params.length; i++) {
                params[i] = canonicalUuid(m.group(i + 1));
            }
            return new Match(route, params, false);
        }
        return new Match(null, new String[0], pathKnown);
    }

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Ids that are UUIDs are matched regardless of case, as PostgreSQL's uuid type does; others are kept as sent. */
    private static String canonicalUuid(String param) {
        return param != null && UUID.matcher(param).matches() ? param.toLowerCase(java.util.Locale.ROOT) : param;
    }
}
