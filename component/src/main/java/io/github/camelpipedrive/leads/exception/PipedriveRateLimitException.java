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
package io.github.camelpipedrive.leads.exception;

/**
 * HTTP 429 that the component did not (or could not) wait out: the burst window asked for longer than allowed, the
 * retries ran out, or the company's daily token budget is spent (then every request fails until it resets).
 */
public class PipedriveRateLimitException extends PipedriveApiException {

    private final boolean dailyBudgetExhausted;

    public PipedriveRateLimitException(PipedriveApiException cause, boolean dailyBudgetExhausted) {
        super(cause.getStatusCode(), dailyBudgetExhausted
                ? "daily API token budget of the company is spent; requests fail until it resets (Pipedrive resets"
                  + " it at midnight server time)"
                : cause.getError(), cause.getErrorInfo(), cause.getOperation(), cause.getMethod(), cause.getPath(),
              cause.getRateLimit());
        this.dailyBudgetExhausted = dailyBudgetExhausted;
    }

    /** True when the daily token budget is spent (not just the 2-second burst window). */
    public boolean isDailyBudgetExhausted() {
        return dailyBudgetExhausted;
    }
}
