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

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the sandbox can inject instead of (or, for latency, before) the normal response.
 * Create one with the factory methods and arm it through {@link FaultInjector}.
 */
public final class Fault {

    /** What kind of failure. */
    enum Kind {
        STATUS,
        LATENCY,
        DROP_CONNECTION,
        MALFORMED_JSON,
        TRUNCATED_BODY,
        TOO_MANY_REQUESTS,
        DAILY_BUDGET_SPENT
    }

    static final String CLOUDFLARE_BLOCK_PAGE = "<!DOCTYPE html>\n<html lang=\"en-US\"><head>"
            + "<title>Attention Required! | Cloudflare</title><meta charset=\"UTF-8\"></head>\n<body>"
            + "<div id=\"cf-wrapper\"><div id=\"cf-error-details\"><h1 data-translate=\"block_headline\">"
            + "Sorry, you have been blocked</h1><h2>You are unable to access pipedrive.com</h2>"
            + "<h2>Why have I been blocked?</h2><p>This website is using a security service to protect itself "
            + "from online attacks. The action you just performed triggered the security solution.</p>"
            + "<p>This error is produced by Cloudflare.</p>"
            + "<p>Cloudflare Ray ID: <strong>8a1b2c3d4e5f6a7b</strong></p></div></div></body></html>\n";

    final Kind kind;
    final int status;
    final boolean html;
    final Duration delay;
    final int resetSeconds;

    private Fault(Kind kind, int status, boolean html, Duration delay, int resetSeconds) {
        this.kind = kind;
        this.status = status;
        this.html = html;
        this.delay = delay;
        this.resetSeconds = resetSeconds;
    }

    /**
     * An HTTP error status with the realistic Pipedrive JSON error body for that status.
     *
     * @param code an HTTP status from 400 to 599
     * @return the fault
     */
    public static Fault status(int code) {
        if (code < 400 || code > 599) {
            throw new IllegalArgumentException("status faults are 4xx or 5xx: " + code);
        }
        return new Fault(Kind.STATUS, code, false, null, 0);
    }

    /**
     * For a 403 fault: answer with Cloudflare's HTML block page ({@code text/html}) instead of JSON,
     * as Pipedrive's abuse protection does.
     *
     * @return a copy of this fault that answers HTML
     */
    public Fault htmlBlock() {
        if (kind != Kind.STATUS || status != 403) {
            throw new IllegalStateException("htmlBlock() applies to Fault.status(403) only");
        }
        return new Fault(Kind.STATUS, 403, true, null, 0);
    }

    /**
     * Delays the request by {@code delay}, then serves it normally.
     *
     * @param delay how long to hold the request before serving it
     * @return the fault
     */
    public static Fault latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        return new Fault(Kind.LATENCY, 0, false, delay, 0);
    }

    /** @return a fault that closes the connection without sending any response */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, 0, false, null, 0);
    }

    /** @return a fault that answers 200 {@code application/json} with a body that is not valid JSON */
    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, 200, false, null, 0);
    }

    /**
     * @return a fault that serves the normal response but announces its full Content-Length and
     *     closes the connection after half the body
     */
    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED_BODY, 0, false, null, 0);
    }

    /**
     * A burst 429 with {@code x-ratelimit-remaining: 0} and the given reset.
     *
     * @param resetSeconds the value of {@code x-ratelimit-reset}
     * @return the fault
     */
    public static Fault tooManyRequests(int resetSeconds) {
        return new Fault(Kind.TOO_MANY_REQUESTS, 429, false, null, resetSeconds);
    }

    /** @return a daily-budget 429 with {@code x-daily-ratelimit-token-remaining: 0} */
    public static Fault dailyBudgetSpent() {
        return new Fault(Kind.DAILY_BUDGET_SPENT, 429, false, null, 0);
    }

    /** The response for every kind except latency and truncation (which wrap the real response). */
    SandboxResponse response() {
        switch (kind) {
            case STATUS:
                if (html) {
                    return SandboxResponse.text(403, "text/html; charset=UTF-8", CLOUDFLARE_BLOCK_PAGE);
                }
                return statusResponse(status);
            case DROP_CONNECTION:
                return SandboxResponse.json(200, new byte[0]).delivery(SandboxResponse.Delivery.DROP);
            case MALFORMED_JSON:
                return SandboxResponse.text(200, SandboxResponse.JSON,
                        "{\"success\":true,\"data\":[{\"id\":\"adf21080-0e10-11eb-879b-05d71fb426ec\",\"title\":}");
            case TOO_MANY_REQUESTS:
            case DAILY_BUDGET_SPENT:
                return Envelope.tooManyRequests();
            default:
                throw new IllegalStateException("no standalone response for " + kind);
        }
    }

    /** Realistic error texts per status (reference §3; texts the reference marks uncertain). */
    static SandboxResponse statusResponse(int code) {
        switch (code) {
            case 400:
                return Envelope.error(400, "Bad request", "Please check developers.pipedrive.com");
            case 401:
                return Envelope.unauthorized();
            case 402:
                return Envelope.error(402, "Company account is not open. Please check the subscription.",
                        "Please check developers.pipedrive.com");
            case 403:
                return Envelope.error(403, "You do not have permissions to perform this action",
                        "Please check developers.pipedrive.com");
            case 404:
                return Envelope.error(404, "Not found", "Object was not found.");
            case 405:
                return Envelope.error(405, "Method not allowed", "Please check developers.pipedrive.com");
            case 410:
                return Envelope.error(410, "Gone", "Old resource permanently unavailable");
            case 415:
                return Envelope.error(415, "Feature is not enabled", "Please check developers.pipedrive.com");
            case 422:
                return Envelope.error(422, "Unprocessable entity", "Please check developers.pipedrive.com");
            case 429:
                return Envelope.tooManyRequests();
            case 500:
                return Envelope.error(500, "Internal server error", "Please try again later");
            case 501:
                return Envelope.error(501, "Not implemented", "Please check developers.pipedrive.com");
            case 502:
                return Envelope.error(502, "Bad gateway", "Please try again later");
            case 503:
                return Envelope.error(503, "Service unavailable", "Scheduled maintenance, please try again later");
            case 504:
                return Envelope.error(504, "Gateway timeout", "Please try again later");
            default:
                return Envelope.error(code, "HTTP " + code, "Please check developers.pipedrive.com");
        }
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status > 0 ? " " + status : "") + (delay != null ? " " + delay : "") + "]";
    }
}
