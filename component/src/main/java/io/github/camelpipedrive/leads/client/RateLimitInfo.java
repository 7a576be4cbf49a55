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

/**
 * The rate-limit headers of one response; a field is null when the header was absent.
 *
 * @param limit               {@code x-ratelimit-limit}: requests allowed in the 2-second burst window
 * @param remaining           {@code x-ratelimit-remaining}: requests left in the window
 * @param resetSeconds        {@code x-ratelimit-reset}: seconds until the window resets
 * @param dailyTokenRemaining {@code x-daily-ratelimit-token-remaining}: tokens left in the company's daily budget
 * @param dailyTokenLimit     {@code x-daily-ratelimit-token-limit}: the company's daily token budget (undocumented
 *                            header; absent on some answers)
 * @param retryAfterSeconds   {@code Retry-After}, when the server sent it
 */
public record RateLimitInfo(Integer limit, Integer remaining, Integer resetSeconds, Long dailyTokenRemaining,
        Integer retryAfterSeconds, Long dailyTokenLimit) {

    static RateLimitInfo from(HttpHeadersView headers) {
        return new RateLimitInfo(
                headers.intValue("x-ratelimit-limit"),
                headers.intValue("x-ratelimit-remaining"),
                headers.intValue("x-ratelimit-reset"),
                headers.longValue("x-daily-ratelimit-token-remaining"),
                headers.intValue("retry-after"),
                headers.longValue("x-daily-ratelimit-token-limit"));
    }

    /** Whether the daily token budget is reported as spent. */
    public boolean dailyBudgetSpent() {
        return dailyTokenRemaining != null && dailyTokenRemaining <= 0;
    }
}
