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

import java.util.Map;

import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.exception.PipedriveRateLimitException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Readiness and liveness of one lead feed consumer, with where its cursor stands and how its last poll went.
 * <ul>
 * <li>Readiness: UP once a poll succeeded and as long as the last one did; DOWN with the reason (and the error) when
 * the last poll failed, for example on a spent daily token budget or a revoked token; before the first poll the
 * registry's initial state (Camel's default: DOWN).</li>
 * <li>Liveness: UP while the consumer runs, even when polls fail: trouble on the Pipedrive side is not fixed by restarting the
 * application, and the consumer retries on its own on the next poll.</li>
 * </ul>
 * Registered by the consumer when it starts, as {@code pipedrive-leads-consumer:<routeId>}, and unregistered when it
 * stops; enabled by the component's {@code healthCheckConsumerEnabled}.
 */
public class PipedriveLeadsConsumerHealthCheck extends AbstractHealthCheck {

    /** The id prefix; the route id follows. */
    public static final String ID_PREFIX = "pipedrive-leads-consumer:";

    private final PipedriveLeadsConsumer consumer;

    /** {@code routeId} may be null for a consumer outside a route: the sanitised endpoint URI names it then. */
    public PipedriveLeadsConsumerHealthCheck(PipedriveLeadsConsumer consumer, String routeId) {
        super("camel", ID_PREFIX + (routeId != null
                ? routeId : URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri())));
        this.consumer = consumer;
    }

    /** Also a liveness check (Camel's default is readiness only). */
    @Override
    public boolean isLiveness() {
        return true;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        ConsumerHealthState state = consumer.getHealthState();
        LeadCursor cursor = consumer.getCursor();
        builder.detail("route.id", consumer.getRouteId());
        PipedriveLeadsEndpoint endpoint = (PipedriveLeadsEndpoint) consumer.getEndpoint();
        builder.detail(HealthCheck.ENDPOINT_URI, URISupport.sanitizeUri(endpoint.getEndpointUri()));
        builder.detail("pipedrive.feed", endpoint.getConfiguration().getFeed().name().toLowerCase());
        builder.detail("pipedrive.cursor.key", consumer.getStateKey());
        builder.detail("pipedrive.cursor.watermark", describeWatermark(cursor));
        builder.detail("pipedrive.cursor.boundaryIds", cursor == null ? 0 : cursor.boundaryIds().size());
        builder.detail("pipedrive.poll.count", state.getPolls());
        builder.detail("pipedrive.poll.failures", state.getFailedPolls());
        builder.detail("pipedrive.poll.failuresInARow", state.getFailuresInARow());
        if (state.getLastPollTime() != null) {
            builder.detail("pipedrive.poll.last.time", state.getLastPollTime().toString());
        }
        if (state.getLastSuccessTime() != null) {
            builder.detail("pipedrive.poll.lastSuccess.time", state.getLastSuccessTime().toString());
            builder.detail("pipedrive.poll.lastSuccess.delivered", state.getLastDelivered());
        }
        if (isLivenessCall(options)) {
            if (consumer.isRunAllowed()) {
                builder.up();
            } else {
                builder.message("The consumer of route " + consumer.getRouteId() + " is not running").down();
            }
            return;
        }
        Exception failure = state.getLastFailure();
        if (failure != null) {
            builder.message(describeFailure(state, failure)).error(failure).down();
        } else if (state.isLastPollSuccessful()) {
            builder.up();
        } else {
            // not polled yet: the registry's initial state stays (set by AbstractHealthCheck)
            builder.message("The consumer of route " + consumer.getRouteId() + " has not polled yet");
        }
    }

    private static boolean isLivenessCall(Map<String, Object> options) {
        Object kind = options == null ? null : options.get(HealthCheck.CHECK_KIND);
        return kind != null && HealthCheck.Kind.LIVENESS.name().equalsIgnoreCase(kind.toString());
    }

    static String describeWatermark(LeadCursor cursor) {
        if (cursor == null) {
            return "not loaded";
        }
        return cursor.watermark() == null ? "beginning" : cursor.watermark().toString();
    }

    private String describeFailure(ConsumerHealthState state, Exception failure) {
        String reason = failure instanceof PipedriveRateLimitException limit && limit.isDailyBudgetExhausted()
                ? "the daily API token budget is spent: " + failure.getMessage()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return "The last poll of route " + consumer.getRouteId() + " failed (" + state.getFailuresInARow()
               + " in a row): " + reason + ". The cursor did not move; the next poll continues from it";
    }
}
