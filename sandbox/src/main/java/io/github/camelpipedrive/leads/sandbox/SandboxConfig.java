package io.github.camelpipedrive.leads.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of one sandbox, produced by {@link PipedriveSandbox.Builder}. Kept apart from
 * the builder so the running sandbox cannot be reconfigured by a builder reused elsewhere (the
 * JUnit extension keeps its builder).
 */
final class SandboxConfig {

    final int port;
    final String host;
    final String apiToken;
    final int seedLeads;
    final long seed;
    final Clock clock;
    final RateLimitPlan rateLimitPlan;
    final long dailyTokenBudget;
    final PaginationShape paginationShape;
    final int seedPersons;
    final int seedOrganizations;
    final int seedDeals;
    final String oauthClientId;
    final String oauthClientSecret;
    final String initialRefreshToken;
    final Duration accessTokenTtl;
    final ConversionOutcome conversionOutcome;
    final int threads;

    SandboxConfig(PipedriveSandbox.Builder b) {
        this.port = b.port;
        this.host = Objects.requireNonNull(b.host, "host");
        this.apiToken = Objects.requireNonNull(b.apiToken, "apiToken");
        this.seedLeads = b.seedLeads;
        this.seed = b.seed;
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.rateLimitPlan = Objects.requireNonNull(b.rateLimitPlan, "rateLimitPlan");
        this.dailyTokenBudget = b.dailyTokenBudget;
        this.paginationShape = Objects.requireNonNull(b.paginationShape, "paginationShape");
        this.seedPersons = b.seedPersons;
        this.seedOrganizations = b.seedOrganizations;
        this.seedDeals = b.seedDeals;
        this.oauthClientId = b.oauthClientId;
        this.oauthClientSecret = b.oauthClientSecret;
        this.initialRefreshToken = b.initialRefreshToken;
        this.accessTokenTtl = Objects.requireNonNull(b.accessTokenTtl, "accessTokenTtl");
        this.conversionOutcome = Objects.requireNonNull(b.conversionOutcome, "conversionOutcome");
        this.threads = b.threads;
        if (port < 0 || port > 65535 || seedLeads < 0 || seedPersons < 0 || seedOrganizations < 0 || seedDeals < 0
                || threads < 1 || accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("invalid sandbox settings");
        }
    }

    Clock clock() {
        return clock;
    }

    long seed() {
        return seed;
    }

    int seedPersons() {
        return seedPersons;
    }

    int seedOrganizations() {
        return seedOrganizations;
    }

    int seedDeals() {
        return seedDeals;
    }

    int seedLeads() {
        return seedLeads;
    }

    ConversionOutcome conversionOutcome() {
        return conversionOutcome;
    }
}
