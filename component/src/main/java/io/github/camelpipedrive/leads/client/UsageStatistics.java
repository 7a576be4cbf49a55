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

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.NonManagedService;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;

/**
 * What the component's routes cost: requests and API tokens per operation (from the API's cost table), rate-limit
 * waits, retries, and the last rate-limit figures Pipedrive reported. Registered as a Camel service, so it shows in
 * JMX ({@code type=services}) and in the component's health details. Camel's own JMX registration of services is
 * skipped ({@link NonManagedService}): its names carry an identity hash; the component registers it under a stable
 * name instead ({@code UsageMBean}).
 */
@ManagedResource(description = "Pipedrive Leads API usage: requests, tokens and rate limits")
public class UsageStatistics extends ServiceSupport implements NonManagedService {

    private final Map<String, LongAdder> tokensByOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> requestsByOperation = new ConcurrentHashMap<>();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder throttleWaitMillis = new LongAdder();
    private final AtomicLong lastRemaining = new AtomicLong(-1);
    private final AtomicLong lastLimit = new AtomicLong(-1);
    private final AtomicLong lastDailyRemaining = new AtomicLong(-1);
    private final AtomicLong lastDailyLimit = new AtomicLong(-1);
    private volatile boolean dailyBudgetExhausted;

    /** Records one answered request. */
    public void recordResponse(ApiRequest request, ApiResponse response) {
        requests.increment();
        requestsByOperation.computeIfAbsent(request.operation(), k -> new LongAdder()).increment();
        RateLimitInfo info = response.rateLimit();
        if (response.status() == 429) {
            rateLimited.increment();
        } else {
            // Pipedrive charges what it processed; a 429 was refused before processing
            tokens.add(request.tokenCost());
            tokensByOperation.computeIfAbsent(request.operation(), k -> new LongAdder()).add(request.tokenCost());
        }
        if (info.remaining() != null) {
            lastRemaining.set(info.remaining());
        }
        if (info.limit() != null) {
            lastLimit.set(info.limit());
        }
        if (info.dailyTokenRemaining() != null) {
            lastDailyRemaining.set(info.dailyTokenRemaining());
        }
        if (info.dailyTokenLimit() != null && info.dailyTokenLimit() > 0) {
            lastDailyLimit.set(info.dailyTokenLimit());
        }
        dailyBudgetExhausted = response.status() == 429 && info.dailyBudgetSpent()
                               || dailyBudgetExhausted && response.status() == 429;
    }

    public void recordRetry() {
        retries.increment();
    }

    public void recordThrottleWait(long millis) {
        if (millis > 0) {
            throttleWaitMillis.add(millis);
        }
    }

    @ManagedAttribute(description = "Tokens charged by the requests made (per the API's cost table)")
    public long getTokensUsed() {
        return tokens.sum();
    }

    @ManagedAttribute(description = "Requests answered by the API")
    public long getRequests() {
        return requests.sum();
    }

    @ManagedAttribute(description = "Requests retried (5xx, connection failures, 429)")
    public long getRetries() {
        return retries.sum();
    }

    @ManagedAttribute(description = "Responses with HTTP 429")
    public long getRateLimitedResponses() {
        return rateLimited.sum();
    }

    @ManagedAttribute(description = "Milliseconds requests were held back to stay within the burst window")
    public long getThrottleWaitMillis() {
        return throttleWaitMillis.sum();
    }

    @ManagedAttribute(description = "Last x-ratelimit-remaining seen (-1 if none)")
    public long getLastRateLimitRemaining() {
        return lastRemaining.get();
    }

    @ManagedAttribute(description = "Last x-ratelimit-limit seen (-1 if none)")
    public long getLastRateLimitLimit() {
        return lastLimit.get();
    }

    @ManagedAttribute(description = "Last x-daily-ratelimit-token-remaining seen (-1 if none)")
    public long getLastDailyTokensRemaining() {
        return lastDailyRemaining.get();
    }

    @ManagedAttribute(description = "Last x-daily-ratelimit-token-limit seen: the company's daily token budget (-1 if none)")
    public long getLastDailyTokenLimit() {
        return lastDailyLimit.get();
    }

    @ManagedAttribute(description = "Whether the last answer said the daily token budget is spent")
    public boolean isDailyBudgetExhausted() {
        return dailyBudgetExhausted;
    }

    @ManagedOperation(description = "Tokens used per operation")
    public Map<String, Long> tokensByOperation() {
        Map<String, Long> result = new TreeMap<>();
        tokensByOperation.forEach((k, v) -> result.put(k, v.sum()));
        return result;
    }

    @ManagedOperation(description = "Requests per operation")
    public Map<String, Long> requestsByOperation() {
        Map<String, Long> result = new TreeMap<>();
        requestsByOperation.forEach((k, v) -> result.put(k, v.sum()));
        return result;
    }

    @Override
    public String toString() {
        return "PipedriveLeadsUsage[requests=" + getRequests() + ", tokens=" + getTokensUsed() + "]";
    }
}
