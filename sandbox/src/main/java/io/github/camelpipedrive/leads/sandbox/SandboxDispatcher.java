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

/**
 * The request pipeline, independent of the HTTP transport: log → fault → authenticate → rate
 * limit and charge tokens → route → handler. Every response leaves with the rate-limit headers.
 *
 * <p>Faults come before authentication because they stand for the network or Pipedrive's edge
 * failing, which does not care who is calling. Requests refused with 401 or 429 are not charged;
 * every admitted request is charged its operation's token cost, even when it ends in 400/404.
 */
final class SandboxDispatcher {

    static final String OAUTH_PATH = "/oauth/token";
    private static final String ANONYMOUS = "anonymous";

    private final Router router;
    private final Authenticator authenticator;
    private final RateLimiter limiter;
    private final FaultInjector faults;
    private final RequestLog log;
    private final OAuthTokenEndpoint oauth;

    SandboxDispatcher(Router router, Authenticator authenticator, RateLimiter limiter, FaultInjector faults,
            RequestLog log, OAuthTokenEndpoint oauth) {
        this.router = router;
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.faults = faults;
        this.log = log;
        this.oauth = oauth;
    }

    SandboxResponse dispatch(SandboxRequest request) {
        log.record(request);
        boolean oauthPath = OAUTH_PATH.equals(request.path()) || (OAUTH_PATH + "/").equals(request.path());
        Router.Match match = router.match(request.method(), request.path());
        Authenticator.Credential credential = oauthPath ? null : authenticator.identify(request);
        Fault fault = faults.pick(oauthPath ? "oauthToken" : match.operationId(), request.path());
        if (fault != null && fault.kind == Fault.Kind.LATENCY) {
            sleep(fault.delay);
            fault = null;
        }
        if (fault != null && fault.kind != Fault.Kind.TRUNCATED_BODY) {
            return faultResponse(fault, credential, match.search());
        }
        SandboxResponse response = serve(request, oauthPath, match, credential);
        if (fault != null) {
            response.delivery(SandboxResponse.Delivery.TRUNCATE);
        }
        return response;
    }

    private SandboxResponse serve(SandboxRequest request, boolean oauthPath, Router.Match match,
            Authenticator.Credential credential) {
        if (oauthPath) {
            return withPeekHeaders(oauth.handle(request), null, false);
        }
        if (credential == null) {
            return withPeekHeaders(Envelope.unauthorized(), null, match.search());
        }
        RateLimiter.Decision decision = limiter.admit(credential.bucket, credential.oauth, match.search(), match.cost());
        SandboxResponse response;
        if (decision.verdict != RateLimiter.Decision.Verdict.ALLOWED) {
            response = Envelope.tooManyRequests();
        } else if (match.route == null) {
            response = match.methodNotAllowed
                    ? SandboxResponse.json(405, Json.bytes(Envelope.errorBodyWithCode("Method not allowed", 405,
                            "Please check developers.pipedrive.com")))
                    : SandboxResponse.json(404, Json.bytes(Envelope.errorBodyWithCode("Unknown method .", 404,
                            "Please check developers.pipedrive.com")));
        } else {
            response = handle(request, match);
        }
        limiter.addHeaders(response, decision);
        return response;
    }

    private static SandboxResponse handle(SandboxRequest request, Router.Match match) {
        try {
            return match.route.handler.handle(request, match.params);
        } catch (ApiException e) {
            return e.response();
        } catch (RuntimeException e) {
            // a sandbox bug must surface as a 500 the test can see, not as a dropped connection
            return Envelope.error(500, "Internal server error", "Sandbox failure: " + e);
        }
    }

    private SandboxResponse faultResponse(Fault fault, Authenticator.Credential credential, boolean search) {
        SandboxResponse response = fault.response();
        RateLimiter.Decision d = peek(credential, search);
        if (fault.kind == Fault.Kind.TOO_MANY_REQUESTS) {
            limiter.addHeaders(response, new RateLimiter.Decision(RateLimiter.Decision.Verdict.BURST_EXCEEDED, d.limit,
                    0, fault.resetSeconds, d.dailyLimit, d.dailyRemaining));
        } else if (fault.kind == Fault.Kind.DAILY_BUDGET_SPENT) {
            limiter.addExhaustedHeaders(response, d);
        } else {
            limiter.addHeaders(response, d);
        }
        return response;
    }

    private SandboxResponse withPeekHeaders(SandboxResponse response, Authenticator.Credential credential,
            boolean search) {
        limiter.addHeaders(response, peek(credential, search));
        return response;
    }

    private RateLimiter.Decision peek(Authenticator.Credential credential, boolean search) {
        return credential == null ? limiter.peek(ANONYMOUS, false, search)
                : limiter.peek(credential.bucket, credential.oauth, search);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
