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

import java.util.Map;

import io.github.camelpipedrive.leads.client.UsageStatistics;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of the component's Pipedrive account: DOWN while Pipedrive reports the daily token budget as spent (every
 * request is refused until it resets), with the token usage and last rate-limit figures as details. Registered by the
 * component while it runs (id {@value #ID}, or {@code pipedrive-leads-usage-<component name>} for a component added
 * under another name).
 */
public class PipedriveLeadsUsageHealthCheck extends AbstractHealthCheck {

    /** The id of the check of the component registered as {@code pipedrive-leads}. */
    public static final String ID = "pipedrive-leads-usage";

    private final UsageStatistics usage;

    public PipedriveLeadsUsageHealthCheck(UsageStatistics usage) {
        this(ID, usage);
    }

    public PipedriveLeadsUsageHealthCheck(String id, UsageStatistics usage) {
        super("camel", id);
        this.usage = usage;
    }

    /** Not a liveness concern: a spent budget resets by itself, and restarting would not bring it back sooner. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("pipedrive.requests", usage.getRequests());
        builder.detail("pipedrive.tokens.used", usage.getTokensUsed());
        builder.detail("pipedrive.tokens.byOperation", usage.tokensByOperation());
        builder.detail("pipedrive.ratelimit.remaining", usage.getLastRateLimitRemaining());
        builder.detail("pipedrive.ratelimit.limit", usage.getLastRateLimitLimit());
        builder.detail("pipedrive.ratelimit.responses429", usage.getRateLimitedResponses());
        builder.detail("pipedrive.daily.tokens.remaining", usage.getLastDailyTokensRemaining());
        builder.detail("pipedrive.daily.budget.spent", usage.isDailyBudgetExhausted());
        builder.detail("pipedrive.retries", usage.getRetries());
        if (usage.isDailyBudgetExhausted()) {
            builder.message("The company's daily Pipedrive API token budget is spent: every request is refused until"
                            + " it resets (midnight, Pipedrive server time)");
            builder.down();
        } else {
            builder.up();
        }
    }
}
