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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An absurd {@code x-ratelimit-reset} (hours, or Integer.MAX_VALUE seconds) on a response that reports the window as
 * used up: the throttle holds requests for at most Pipedrive's documented 2-second window, so one broken answer does
 * not make every later request wait {@code maxRateLimitWait} until a restart; a 429 carrying it waits one window.
 */
class RateLimitResetClampTest {

    @Test
    void theThrottleHoldsRequestsForAtMostOneWindowWhateverTheResetSays() throws Exception {
        BurstThrottle throttle = new BurstThrottle();
        long before = System.currentTimeMillis();

        throttle.observe(new RateLimitInfo(80, 0, Integer.MAX_VALUE, null, null, null));

        long after = System.currentTimeMillis();
        assertThat(throttle.blockedUntilMillis()).isBetween(before, after + RateLimitPolicy.WINDOW_MILLIS);
        // and it recovers: the next healthy response does not extend the hold
        throttle.observe(new RateLimitInfo(80, 79, 2, null, null, null));
        assertThat(throttle.blockedUntilMillis()).isLessThanOrEqualTo(after + RateLimitPolicy.WINDOW_MILLIS);
    }

    @Test
    void aDocumentedResetIsHonouredAsSent() {
        BurstThrottle throttle = new BurstThrottle();
        long before = System.currentTimeMillis();

        throttle.observe(new RateLimitInfo(80, 0, 1, null, null, null));

        assertThat(throttle.blockedUntilMillis()).isGreaterThanOrEqualTo(before + 1000);
    }

    @Test
    void aBurst429WithAnAbsurdResetWaitsOneWindowAndIsRetried() {
        RateLimitPolicy policy = new RateLimitPolicy(3, 10_000);

        assertThat(policy.waitMillis(new RateLimitInfo(80, 0, 86_400, null, null, null))).isEqualTo(2000);
        assertThat(policy.waitMillis(new RateLimitInfo(80, 0, Integer.MAX_VALUE, null, null, null))).isEqualTo(2000);
        assertThat(policy.waitMillis(new RateLimitInfo(80, 0, 1, null, null, null))).isEqualTo(1000);
        // Retry-After is the server's explicit request: kept, so a long one is raised instead of waited
        assertThat(policy.waitMillis(new RateLimitInfo(80, 0, 1, null, 60, null))).isEqualTo(60_000);
    }
}
