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
    final Duration conversionDelay;
    final int threads;
    final double webhookRetryTimeScale;
    final double webhookDropShare;
    final double webhookDuplicateShare;
    final Duration webhookDelay;

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
        this.conversionDelay = Objects.requireNonNull(b.conversionDelay, "conversionDelay");
        this.threads = b.threads;
        this.webhookRetryTimeScale = b.webhookRetryTimeScale;
        this.webhookDropShare = b.webhookDropShare;
        this.webhookDuplicateShare = b.webhookDuplicateShare;
        this.webhookDelay = Objects.requireNonNull(b.webhookDelay, "webhookDelay");
        require(port >= 0 && port <= 65535, "port must be between 0 and 65535, was " + port);
        require(seedLeads >= 0, "seedLeads must not be negative");
        require(seedPersons >= 0, "seedPersons must not be negative");
        require(seedOrganizations >= 0, "seedOrganizations must not be negative");
        require(seedDeals >= 0, "seedDeals must not be negative");
        require(threads >= 1, "threads must be at least 1");
        require(!accessTokenTtl.isNegative() && !accessTokenTtl.isZero(), "accessTokenTtl must be positive");
        require(!conversionDelay.isNegative(), "conversionDelay must not be negative");
        require(webhookRetryTimeScale > 0 && Double.isFinite(webhookRetryTimeScale),
                "webhookRetryTimeScale must be a positive number, was " + webhookRetryTimeScale);
        require(webhookDropShare >= 0 && webhookDropShare <= 1,
                "webhookDropShare must be between 0 and 1, was " + webhookDropShare);
        require(webhookDuplicateShare >= 0 && webhookDuplicateShare <= 1,
                "webhookDuplicateShare must be between 0 and 1, was " + webhookDuplicateShare);
        require(!webhookDelay.isNegative(), "webhookDelay must not be negative");
        require(dailyTokenBudget >= -1, "dailyTokenBudget must be -1 (unlimited) or a number of tokens");
        boolean anyOauth = oauthClientId != null || oauthClientSecret != null || initialRefreshToken != null;
        boolean allOauth = oauthClientId != null && oauthClientSecret != null && initialRefreshToken != null;
        require(!anyOauth || allOauth, "the OAuth client needs a client id, a client secret and a refresh token");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("invalid sandbox settings: " + message);
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

    Duration conversionDelay() {
        return conversionDelay;
    }
}
