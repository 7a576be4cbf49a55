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
package io.github.camelpipedrive.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.camelpipedrive.leads.client.UsageStatistics;
import io.github.camelpipedrive.leads.consumer.ConsumerHealthState;
import io.github.camelpipedrive.leads.consumer.LeadCursor;
import io.github.camelpipedrive.leads.consumer.PipedriveLeadsConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code pipedrive-leads} developer console: per component, the API usage (requests, tokens spent, daily tokens
 * remaining) and the rate-limit state; per consumer, its cursor and how its polls went. Text and JSON.
 * <p>
 * It shows counters, cursors and sanitised endpoint URIs only, never configuration values: no credential (apiToken,
 * accessToken, clientSecret, refreshToken, proxy password) can appear in it. Discovered by Camel through
 * {@code META-INF/services/org/apache/camel/dev-console/pipedrive-leads} when camel-console is on the classpath.
 */
@DevConsole(name = "pipedrive-leads", displayName = "Pipedrive Leads",
            description = "Pipedrive Leads API usage, rate limits and consumer cursors")
public class PipedriveLeadsDevConsole extends AbstractDevConsole {

    public PipedriveLeadsDevConsole() {
        super("camel", "pipedrive-leads", "Pipedrive Leads", "Pipedrive Leads API usage, rate limits and consumer"
                                                              + " cursors");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, PipedriveLeadsComponent> entry : components().entrySet()) {
            UsageStatistics usage = entry.getValue().getUsageStatistics();
            sb.append("Component: ").append(entry.getKey()).append('\n');
            sb.append("    Requests: ").append(usage.getRequests()).append('\n');
            sb.append("    Tokens spent: ").append(usage.getTokensUsed());
            if (!usage.tokensByOperation().isEmpty()) {
                sb.append(' ').append(usage.tokensByOperation());
            }
            sb.append('\n');
            sb.append("    Daily tokens remaining: ").append(orUnknown(usage.getLastDailyTokensRemaining()))
                    .append(usage.isDailyBudgetExhausted() ? " (daily budget SPENT)" : "").append('\n');
            sb.append("    Rate limit: ").append(orUnknown(usage.getLastRateLimitRemaining())).append(" of ")
                    .append(orUnknown(usage.getLastRateLimitLimit())).append(" left in the window; 429 answers: ")
                    .append(usage.getRateLimitedResponses()).append("; retries: ").append(usage.getRetries())
                    .append("; throttle wait: ").append(usage.getThrottleWaitMillis()).append(" ms\n");
        }
        for (Map.Entry<String, PipedriveLeadsConsumer> entry : consumers().entrySet()) {
            PipedriveLeadsConsumer consumer = entry.getValue();
            LeadCursor cursor = consumer.getCursor();
            ConsumerHealthState state = consumer.getHealthState();
            sb.append("\nConsumer: ").append(entry.getKey()).append(" (")
                    .append(URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri())).append(")\n");
            sb.append("    State key: ").append(consumer.getStateKey()).append('\n');
            sb.append("    Cursor: ").append(watermark(cursor));
            if (cursor != null && !cursor.boundaryIds().isEmpty()) {
                sb.append(", delivered at it: ").append(String.join(", ", cursor.boundaryIds()));
            }
            sb.append('\n');
            sb.append("    Polls: ").append(state.getPolls()).append(" (failed: ").append(state.getFailedPolls())
                    .append(", in a row: ").append(state.getFailuresInARow()).append(")\n");
            if (state.getLastSuccessTime() != null) {
                sb.append("    Last successful poll: ").append(state.getLastSuccessTime()).append(", delivered ")
                        .append(state.getLastDelivered()).append('\n');
            }
            if (state.getLastFailure() != null) {
                sb.append("    Last poll failed: ").append(failure(state.getLastFailure())).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray components = new JsonArray();
        for (Map.Entry<String, PipedriveLeadsComponent> entry : components().entrySet()) {
            UsageStatistics usage = entry.getValue().getUsageStatistics();
            JsonObject jo = new JsonObject();
            jo.put("name", entry.getKey());
            JsonObject usageJson = new JsonObject();
            usageJson.put("requests", usage.getRequests());
            usageJson.put("tokensUsed", usage.getTokensUsed());
            usageJson.put("tokensByOperation", new JsonObject(new TreeMap<>(usage.tokensByOperation())));
            usageJson.put("dailyTokensRemaining", usage.getLastDailyTokensRemaining());
            usageJson.put("dailyBudgetSpent", usage.isDailyBudgetExhausted());
            jo.put("usage", usageJson);
            JsonObject rateLimit = new JsonObject();
            rateLimit.put("remaining", usage.getLastRateLimitRemaining());
            rateLimit.put("limit", usage.getLastRateLimitLimit());
            rateLimit.put("responses429", usage.getRateLimitedResponses());
            rateLimit.put("retries", usage.getRetries());
            rateLimit.put("throttleWaitMillis", usage.getThrottleWaitMillis());
            jo.put("rateLimit", rateLimit);
            components.add(jo);
        }
        root.put("components", components);
        JsonArray consumers = new JsonArray();
        for (Map.Entry<String, PipedriveLeadsConsumer> entry : consumers().entrySet()) {
            PipedriveLeadsConsumer consumer = entry.getValue();
            LeadCursor cursor = consumer.getCursor();
            ConsumerHealthState state = consumer.getHealthState();
            JsonObject jo = new JsonObject();
            jo.put("routeId", entry.getKey());
            jo.put("uri", URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri()));
            jo.put("stateKey", consumer.getStateKey());
            JsonObject cursorJson = new JsonObject();
            cursorJson.put("loaded", cursor != null);
            cursorJson.put("watermark", cursor == null || cursor.watermark() == null
                    ? null : cursor.watermark().toString());
            cursorJson.put("boundaryIds", cursor == null ? new JsonArray() : new JsonArray(cursor.boundaryIds()));
            jo.put("cursor", cursorJson);
            JsonObject polls = new JsonObject();
            polls.put("count", state.getPolls());
            polls.put("failed", state.getFailedPolls());
            polls.put("failuresInARow", state.getFailuresInARow());
            polls.put("lastPollTime", state.getLastPollTime() == null ? null : state.getLastPollTime().toString());
            polls.put("lastSuccessTime",
                    state.getLastSuccessTime() == null ? null : state.getLastSuccessTime().toString());
            polls.put("lastDelivered", state.getLastDelivered());
            polls.put("lastFailure", state.getLastFailure() == null ? null : failure(state.getLastFailure()));
            jo.put("polls", polls);
            consumers.add(jo);
        }
        root.put("consumers", consumers);
        return root;
    }

    /** The started pipedrive-leads components of the context, by the name they were added under. */
    private Map<String, PipedriveLeadsComponent> components() {
        CamelContext context = getCamelContext();
        Map<String, PipedriveLeadsComponent> result = new TreeMap<>();
        for (String name : context.getComponentNames()) {
            Component component = context.hasComponent(name);
            if (component instanceof PipedriveLeadsComponent pipedrive) {
                result.put(name, pipedrive);
            }
        }
        return result;
    }

    /** The pipedrive-leads consumers of the context's routes, by route id. */
    private Map<String, PipedriveLeadsConsumer> consumers() {
        Map<String, PipedriveLeadsConsumer> result = new TreeMap<>();
        List<Route> routes = new ArrayList<>(getCamelContext().getRoutes());
        for (Route route : routes) {
            if (route.getConsumer() instanceof PipedriveLeadsConsumer consumer) {
                result.put(route.getRouteId(), consumer);
            }
        }
        return result;
    }

    private static String watermark(LeadCursor cursor) {
        if (cursor == null) {
            return "not loaded (the consumer is not started)";
        }
        return cursor.watermark() == null ? "at the beginning" : "watermark " + cursor.watermark();
    }

    private static String failure(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String orUnknown(long value) {
        return value < 0 ? "unknown" : Long.toString(value);
    }
}
