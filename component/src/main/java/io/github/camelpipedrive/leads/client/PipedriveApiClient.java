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

import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveRateLimitException;

import java.io.IOException;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs API requests for one endpoint: target base URL, credentials, transport and JSON, under the component's
 * policies: the client-side burst throttle, waiting out 429s, the retry rule of {@link RetryPolicy}, one credential
 * renewal after a 401, and usage accounting. Every answer other than 2xx becomes a {@link PipedriveApiException},
 * unreadable bodies a {@link PipedriveLeadsException}; credentials never appear in either, nor in the DEBUG log of
 * each attempt.
 */
public class PipedriveApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveApiClient.class);

    private final PipedriveHttpClient http;
    private final String baseUrl;
    private final boolean baseUrlExplicit;
    private final AuthProvider auth;
    private final ObjectMapper mapper;
    /** Takes this client's credentials out of what a server sends back before it reaches a message. */
    private final SecretRedaction redaction;
    /**
     * Credentials other than the API's that answers may carry (the proxy's, a webhook's password), see
     * {@link #redactAlso(String)}.
     */
    private final java.util.Set<String> otherSecrets = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Policies policies;
    /** The effective base URL, parsed once; replaced only when the effective base URL changes (OAuth api_domain). */
    private volatile BaseUri baseUri;

    /**
     * The shared policies a client works under.
     *
     * @param rateLimit how 429s are waited out
     * @param retry     the retry rule for 5xx and transport failures
     * @param throttle  the account's client-side burst window (null: none)
     * @param usage     where requests and tokens are counted (null: nowhere)
     */
    public record Policies(RateLimitPolicy rateLimit, RetryPolicy retry, BurstThrottle throttle,
            UsageStatistics usage) {
    }

    /**
     * @param baseUrlExplicit false when the base URL is only the default, so that a base URL dictated by the
     *                        credential (OAuth's api_domain) takes its place
     */
    public PipedriveApiClient(PipedriveHttpClient http, String baseUrl, boolean baseUrlExplicit, AuthProvider auth,
                              ObjectMapper mapper, Policies policies) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.baseUrlExplicit = baseUrlExplicit;
        this.auth = auth;
        this.mapper = mapper;
        this.policies = policies;
        this.redaction = new SecretRedaction(() -> {
            java.util.List<String> all = new java.util.ArrayList<>(auth.secrets());
            all.addAll(otherSecrets);
            return all;
        });
        otherSecrets.addAll(http.secrets()); // the proxy's credentials
    }

    /**
     * Names one more credential to take out of every text an answer brings into a message: a webhook's Basic-auth
     * password, which Pipedrive lists with the subscriptions and may quote in an error.
     */
    public void redactAlso(String secret) {
        if (secret != null && !secret.isEmpty()) {
            otherSecrets.add(secret);
        }
    }

    /**
     * Sends the request (retrying as the policies allow) and returns the parsed result of a 2xx answer.
     * {@code successStatus} is the documented success; any 2xx is accepted so that a create answered 200 instead of
     * 201 never looks failed (a retry would duplicate it).
     *
     * @throws PipedriveApiException   on any other status
     * @throws PipedriveLeadsException on I/O failure or a malformed body
     */
    public ApiResult call(ApiRequest request, int successStatus) {
        return call(request, successStatus, null);
    }

    /**
     * As {@link #call(ApiRequest, int)}, but the {@code data} of a success is bound to {@code streamedData} while the
     * body streams from the connection, without copying the body into bytes first (a page of 500 leads is about
     * 300 KB); {@link ApiResult#readData(JavaType)} then gives it, and {@link ApiResult#root()} is not available.
     * Null binds nothing while streaming. A connection failing mid-body is retried as any transport failure is.
     */
    public ApiResult call(ApiRequest request, int successStatus, JavaType streamedData) {
        SuccessBodyReader reader = streamedData == null ? null
                : recordingFailures(request, ApiResult.streamingReader(request, mapper, streamedData, redaction));
        long started = System.currentTimeMillis();
        boolean renewedAuth = false;
        int rateLimitRetries = 0;
        int retries = 0;
        while (true) {
            throttle();
            ApiResponse response;
            try {
                response = http.execute(baseUri(), request, auth, reader);
            } catch (IOException e) {
                if (policies.retry().isRetryableFailure(request, e)
                    && policies.retry().allows(++retries, System.currentTimeMillis() - started)) {
                    backOff(request, retries, e.getClass().getSimpleName());
                    continue;
                }
                throw new PipedriveLeadsException("Pipedrive " + request + " failed: " + e.getClass().getSimpleName()
                                                  + (e.getMessage() == null ? "" : ": " + e.getMessage())
                                                  + (retries > 1 ? " (after " + (retries - 1) + " retries)" : ""),
                        e);
            }
            record(request, response);
            int status = response.status();
            if (status == successStatus || status / 100 == 2) {
                return new ApiResult(request, response, mapper, redaction);
            }
            if (status == 401 && !renewedAuth && auth.renewAfterUnauthorized()) {
                renewedAuth = true;
                LOG.debug("HTTP 401 for {}: credential renewed, retrying once", request);
                continue;
            }
            // an error text that echoes the request (a proxy's page, a gateway) must not carry its credential on
            SecretRedaction forThisRequest = redaction.with(request).withSecretsOf(response.body());
            PipedriveApiException failure = ErrorMapper.toException(request, forThisRequest.apply(response), mapper,
                    forThisRequest);
            if (status == 429) {
                waitOutRateLimit(request, response, failure, ++rateLimitRetries);
                continue;
            }
            if (policies.retry().isRetryableStatus(request, status)
                && policies.retry().allows(++retries, System.currentTimeMillis() - started)) {
                backOff(request, retries, "HTTP " + status);
                continue;
            }
            throw failure;
        }
    }

    /**
     * A success whose body cannot be bound fails inside the transport, before {@link #call} sees the response: its
     * rate-limit headers and its token cost are recorded here then, as for any other answer.
     */
    private SuccessBodyReader recordingFailures(ApiRequest request, SuccessBodyReader reader) {
        return (head, body, bytesRead) -> {
            try {
                return reader.read(head, body, bytesRead);
            } catch (RuntimeException e) {
                record(request, head);
                throw e;
            }
        };
    }

    private void waitOutRateLimit(ApiRequest request, ApiResponse response, PipedriveApiException failure,
            int attempt) {
        RateLimitInfo info = response.rateLimit();
        if (info.dailyBudgetSpent()) {
            throw new PipedriveRateLimitException(failure, true);
        }
        RateLimitPolicy policy = policies.rateLimit();
        long wait = policy.waitMillis(info);
        if (attempt > policy.maxRetries() || wait > policy.maxWaitMillis()) {
            throw new PipedriveRateLimitException(failure, false);
        }
        LOG.debug("HTTP 429 for {}: waiting {} ms for the rate-limit window (retry {} of {})", request, wait,
                attempt, policy.maxRetries());
        countRetry();
        pause(wait);
    }

    private void backOff(ApiRequest request, int retry, String reason) {
        long delay = policies.retry().delayMillis(retry);
        LOG.debug("{} for {}: retry {} of {} in {} ms", reason, request, retry, policies.retry().maxRetries(), delay);
        countRetry();
        pause(delay);
    }

    private void throttle() {
        if (policies.throttle() == null) {
            return;
        }
        try {
            long waited = policies.throttle().acquire(policies.rateLimit().maxWaitMillis());
            if (policies.usage() != null) {
                policies.usage().recordThrottleWait(waited);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveLeadsException("Interrupted while waiting for the rate-limit window", e);
        }
    }

    private void record(ApiRequest request, ApiResponse response) {
        if (policies.throttle() != null) {
            policies.throttle().observe(response.rateLimit());
        }
        if (policies.usage() != null) {
            policies.usage().recordResponse(request, response);
        }
    }

    private void countRetry() {
        if (policies.usage() != null) {
            policies.usage().recordRetry();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveLeadsException("Interrupted while waiting to retry", e);
        }
    }


    /** Identity of the target account (base URL and a hash of the credential), for per-account caches. */
    public String identity() {
        return identityOf(baseUrl, auth);
    }

    /** The account identity of a base URL and credential (never the credential itself). */
    public static String identityOf(String baseUrl, AuthProvider auth) {
        return baseUrl + "#" + auth.identity();
    }

    /** The mapper used for bodies and results. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The base URL requests go to (OAuth's api_domain when the configured one is only the default). */
    public String baseUrl() {
        return effectiveBaseUrl();
    }

    private BaseUri baseUri() {
        String url = effectiveBaseUrl();
        BaseUri current = baseUri;
        if (current == null || !current.isFor(url)) {
            current = new BaseUri(url);
            baseUri = current;
        }
        return current;
    }

    private String effectiveBaseUrl() {
        return baseUrlExplicit ? baseUrl : auth.baseUrl().orElse(baseUrl);
    }
}
