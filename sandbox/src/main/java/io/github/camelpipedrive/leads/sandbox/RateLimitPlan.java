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

/**
 * Pipedrive subscription plan whose burst limit the sandbox enforces.
 *
 * <p>Burst limits are per token over a rolling two-second window (reference §5). OAuth access
 * tokens get four times the API-token limit, as in Pipedrive's table; the search endpoints are
 * capped at 10 requests per 2 s whenever a plan other than {@link #NONE} is set.
 */
public enum RateLimitPlan {
    /** No enforcement: rate-limit headers are still sent (with a nominal limit) but never a 429. */
    NONE(1000),
    /** Lite: 20 requests per 2 s per API token. */
    LITE(20),
    /** Growth: 40 requests per 2 s per API token. */
    GROWTH(40),
    /** Premium: 100 requests per 2 s per API token. */
    PREMIUM(100),
    /** Ultimate: 120 requests per 2 s per API token. */
    ULTIMATE(120);

    private final int requestsPerWindow;

    RateLimitPlan(int requestsPerWindow) {
        this.requestsPerWindow = requestsPerWindow;
    }

    /**
     * @return requests allowed per rolling 2 s window for one API token (nominal for {@link #NONE})
     */
    public int requestsPerWindow() {
        return requestsPerWindow;
    }

    /** @return whether the plan ever answers 429 for bursts */
    public boolean enforced() {
        return this != NONE;
    }
}
