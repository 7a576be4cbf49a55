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
 * How long and how often to wait out a 429 for the 2-second burst window before retrying. A 429 is always safe to
 * retry (the request was not processed), for every method. A spent daily budget is never retried.
 *
 * @param maxRetries  retries after a burst 429 (0 = raise at once)
 * @param maxWaitMillis the longest single wait; a 429 asking for longer is raised instead
 */
public record RateLimitPolicy(int maxRetries, long maxWaitMillis) {

    /** Pipedrive's documented burst window: a rolling 2 seconds, and {@code x-ratelimit-reset} is within it. */
    static final long WINDOW_MILLIS = 2000L;

    /**
     * Milliseconds to wait for this 429: Retry-After, else x-ratelimit-reset (at most one window), else 2 s (the
     * window). Retry-After is the server's explicit request and is honoured as sent (a longer one is raised).
     */
    long waitMillis(RateLimitInfo info) {
        long millis;
        if (info.retryAfterSeconds() != null) {
            millis = Math.max(0, info.retryAfterSeconds()) * 1000L;
        } else if (info.resetSeconds() != null) {
            millis = windowResetMillis(info.resetSeconds());
        } else {
            millis = WINDOW_MILLIS;
        }
        return Math.max(millis, 100L);
    }

    /**
     * An {@code x-ratelimit-reset} in milliseconds, clamped to the documented 2-second window: the header describes
     * the burst window, so a larger value is a broken or hostile answer, not a reason to stop for hours.
     */
    static long windowResetMillis(int resetSeconds) {
        return Math.min(Math.max(0, resetSeconds) * 1000L, WINDOW_MILLIS);
    }
}
