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

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.SplittableRandom;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * The one retry rule of the component (HttpClient's own retries are off):
 * <ul>
 * <li>idempotent requests (GET, DELETE, PATCH) are retried on 502, 503, 504, a reset or closed connection, a missing
 * or truncated response and timeouts (every transport failure but a TLS one);</li>
 * <li>every request, POST included, is retried only where it provably was not processed: the connection could not be
 * made (refused, connect timeout) - and on 429, handled by {@link RateLimitPolicy};</li>
 * <li>anything else is raised as it is, so that a lead is never created twice.</li>
 * </ul>
 * Waits grow exponentially with jitter and are bounded in number of retries and total time.
 *
 * @param maxRetries       retries after the first attempt (0 = never retry)
 * @param initialDelayMillis the first wait
 * @param maxDelayMillis   the longest single wait
 * @param maxElapsedMillis no retry starts after this much time since the first attempt
 */
public record RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis, long maxElapsedMillis) {

    private static final Set<Integer> RETRYABLE_STATUS = Set.of(502, 503, 504);
    private static final SplittableRandom JITTER = new SplittableRandom();

    /** Whether an answer with this status may be retried for this request. */
    public boolean isRetryableStatus(ApiRequest request, int status) {
        return request.isIdempotent() && RETRYABLE_STATUS.contains(status);
    }

    /** Whether this transport failure may be retried for this request. */
    public boolean isRetryableFailure(ApiRequest request, IOException failure) {
        if (notSent(failure)) {
            return true;
        }
        if (!request.isIdempotent()) {
            return false;
        }
        // reset, closed, timed out, no or truncated response: a GET, DELETE or PATCH can safely be repeated;
        // a TLS failure (certificate, host name) will not heal by itself
        return !(failure instanceof SSLException);
    }

    /** The request never left: the connection could not be established. */
    static boolean notSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
               || failure instanceof NoRouteToHostException || failure instanceof UnknownHostException;
    }

    /** Whether retry number {@code retry} (1-based) may still start. */
    public boolean allows(int retry, long elapsedMillis) {
        return retry <= maxRetries && elapsedMillis < maxElapsedMillis;
    }

    /** The wait before retry number {@code retry}: exponential, capped, with +-50 % jitter. */
    public long delayMillis(int retry) {
        long base = Math.min(maxDelayMillis, initialDelayMillis * (1L << Math.min(20, retry - 1)));
        long half = Math.max(1, base / 2);
        return half + JITTER.nextLong(half + 1);
    }
}
