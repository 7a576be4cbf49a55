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
package io.github.camelpipedrive.leads.consumer;

/**
 * The default poll interval: slow enough that idle polling spends at most a share of the company's daily token
 * budget, which every integration of the company shares.
 * <p>
 * interval = idle poll cost (tokens) x 86,400 s / (share x daily budget). With the smallest budget (30,000 tokens: one
 * Lite seat), a 20-token idle poll and the default share of 10 %, that is 576 s.
 */
final class PollCadence {

    /** The budget assumed when the API did not say: a one-seat Lite company, the smallest there is. */
    static final long FALLBACK_DAILY_BUDGET = 30_000;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private PollCadence() {
    }

    /** The shortest interval, in milliseconds, at which idle polls stay within {@code share} of the budget. */
    static long intervalMillis(int idlePollTokens, double share, long dailyBudget) {
        requireShare(share);
        double millis = idlePollTokens * (double) MILLIS_PER_DAY / (share * dailyBudget);
        return Math.max(1, (long) Math.ceil(millis));
    }

    /** Tokens a day that idle polls every {@code delayMillis} spend. */
    static long tokensPerDay(int idlePollTokens, long delayMillis) {
        return Math.round(idlePollTokens * (double) MILLIS_PER_DAY / Math.max(1, delayMillis));
    }

    /** The budget to plan with: what the API reported, or the smallest budget when it did not. */
    static long budget(long reportedDailyLimit) {
        return reportedDailyLimit > 0 ? reportedDailyLimit : FALLBACK_DAILY_BUDGET;
    }

    static void requireShare(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("Invalid pollBudgetShare: must be more than 0 and at most 1 (a"
                                               + " fraction of the daily token budget, 0.10 = 10 %), was " + share);
        }
    }
}
