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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Burst window per token and the company's daily token budget (reference §5).
 *
 * <p>Time comes from the sandbox clock, not the wall clock, so tests can move the rolling window
 * and the UTC day deterministically; with a fixed clock the window never rolls. Requests refused
 * with 429 are not recorded in the window and cost no tokens. A request is admitted while any
 * budget remains and may take the remaining budget below its own cost (it ends at 0, never below),
 * so "exhausted" always shows as {@code x-daily-ratelimit-token-remaining: 0}.
 */
final class RateLimiter {

    static final Duration WINDOW = Duration.ofSeconds(2);
    static final int SEARCH_LIMIT = 10;
    /** Budget reported by a dailyBudgetSpent fault when no budget is configured (Lite, 1 seat). */
    static final long NOMINAL_BUDGET = 30_000;
    private static final int OAUTH_MULTIPLIER = 4;

    /** What the limiter decided, with the values for the headers. */
    static final class Decision {
        enum Verdict {
            ALLOWED,
            BURST_EXCEEDED,
            DAILY_EXHAUSTED
        }

        final Verdict verdict;
        final int limit;
        final int remaining;
        final long resetSeconds;
        final long dailyLimit;
        final long dailyRemaining;

        Decision(Verdict verdict, int limit, int remaining, long resetSeconds, long dailyLimit, long dailyRemaining) {
            this.verdict = verdict;
            this.limit = limit;
            this.remaining = remaining;
            this.resetSeconds = resetSeconds;
            this.dailyLimit = dailyLimit;
            this.dailyRemaining = dailyRemaining;
        }
    }

    private final Clock clock;
    private final RateLimitPlan plan;
    private final long dailyBudget;
    private final Map<String, ArrayDeque<Instant>> windows = new HashMap<>();
    private long usedToday;
    private long totalCharged;
    private LocalDate day;

    RateLimiter(Clock clock, RateLimitPlan plan, long dailyBudget) {
        this.clock = clock;
        this.plan = plan;
        this.dailyBudget = dailyBudget;
        this.day = today();
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private int limit(boolean oauth, boolean search) {
        if (search && plan.enforced()) {
            return SEARCH_LIMIT;
        }
        return plan.requestsPerWindow() * (oauth && plan.enforced() ? OAUTH_MULTIPLIER : 1);
    }

    private ArrayDeque<Instant> window(String bucket, boolean search, Instant now) {
        ArrayDeque<Instant> window = windows.computeIfAbsent(search ? bucket + "#search" : bucket,
                k -> new ArrayDeque<>());
        Instant cutoff = now.minus(WINDOW);
        while (!window.isEmpty() && !window.peekFirst().isAfter(cutoff)) {
            window.pollFirst();
        }
        return window;
    }

    private void rollDay() {
        LocalDate today = today();
        if (!today.equals(day)) {
            day = today;
            usedToday = 0;
        }
    }

    /** Admits (and records and charges) or refuses one authenticated request. */
    synchronized Decision admit(String bucket, boolean oauth, boolean search, int cost) {
        Instant now = clock.instant();
        rollDay();
        int limit = limit(oauth, search);
        ArrayDeque<Instant> window = window(bucket, search, now);
        if (dailyBudget >= 0 && usedToday >= dailyBudget) {
            return decision(Decision.Verdict.DAILY_EXHAUSTED, limit, window, now);
        }
        if (plan.enforced() && window.size() >= limit) {
            return decision(Decision.Verdict.BURST_EXCEEDED, limit, window, now);
        }
        window.addLast(now);
        if (window.size() > limit) {
            // NONE never refuses; keep its window bounded (a fixed clock never expires entries)
            window.pollFirst();
        }
        usedToday += cost;
        totalCharged += cost;
        return decision(Decision.Verdict.ALLOWED, limit, window, now);
    }

    /** Header values for a request that is not admitted through the limiter (e.g. 401). */
    synchronized Decision peek(String bucket, boolean oauth, boolean search) {
        Instant now = clock.instant();
        rollDay();
        return decision(Decision.Verdict.ALLOWED, limit(oauth, search), window(bucket, search, now), now);
    }

    private Decision decision(Decision.Verdict verdict, int limit, ArrayDeque<Instant> window, Instant now) {
        long reset = WINDOW.toSeconds();
        if (!window.isEmpty()) {
            long millis = Duration.between(now, window.peekFirst().plus(WINDOW)).toMillis();
            reset = Math.max(1, (millis + 999) / 1000);
        }
        return new Decision(verdict, limit, Math.max(0, limit - window.size()), reset, dailyBudget,
                Math.max(0, dailyBudget - usedToday));
    }

    /** Adds the rate-limit headers every response carries. */
    void addHeaders(SandboxResponse response, Decision d) {
        response.header("x-ratelimit-limit", Integer.toString(d.limit));
        response.header("x-ratelimit-remaining", Integer.toString(d.remaining));
        response.header("x-ratelimit-reset", Long.toString(d.resetSeconds));
        if (dailyBudget >= 0) {
            response.header("x-daily-ratelimit-token-limit", Long.toString(d.dailyLimit));
            response.header("x-daily-ratelimit-token-remaining", Long.toString(d.dailyRemaining));
        }
    }

    /** Headers of a {@code dailyBudgetSpent} fault: the daily pair is sent even without a budget. */
    void addExhaustedHeaders(SandboxResponse response, Decision d) {
        addHeaders(response, d);
        response.header("x-daily-ratelimit-token-limit", Long.toString(dailyBudget >= 0 ? dailyBudget : NOMINAL_BUDGET));
        response.header("x-daily-ratelimit-token-remaining", "0");
    }

    synchronized void resetDailyBudget() {
        usedToday = 0;
        day = today();
    }

    synchronized long tokensCharged() {
        return totalCharged;
    }

    /** @return tokens left today, or -1 when no budget is configured */
    synchronized long dailyTokensRemaining() {
        rollDay();
        return dailyBudget < 0 ? -1 : Math.max(0, dailyBudget - usedToday);
    }
}
