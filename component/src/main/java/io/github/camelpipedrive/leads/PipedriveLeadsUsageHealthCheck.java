package io.github.camelpipedrive.leads;

import java.util.Map;

import io.github.camelpipedrive.leads.client.UsageStatistics;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.HealthCheck;

/**
 * Readiness of the component's Pipedrive account: DOWN while Pipedrive reports the daily token budget as spent (every
 * request is refused until it resets), with the token usage and last rate-limit figures as details.
 */
public class PipedriveLeadsUsageHealthCheck implements HealthCheck {

    private final UsageStatistics usage;
    private volatile boolean enabled = true;

    public PipedriveLeadsUsageHealthCheck(UsageStatistics usage) {
        this.usage = usage;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return "pipedrive-leads-usage";
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        doCall(builder, options);
        return builder.build();
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    private void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("pipedrive.requests", usage.getRequests());
        builder.detail("pipedrive.tokens.used", usage.getTokensUsed());
        builder.detail("pipedrive.tokens.byOperation", usage.tokensByOperation());
        builder.detail("pipedrive.ratelimit.remaining", usage.getLastRateLimitRemaining());
        builder.detail("pipedrive.daily.tokens.remaining", usage.getLastDailyTokensRemaining());
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
