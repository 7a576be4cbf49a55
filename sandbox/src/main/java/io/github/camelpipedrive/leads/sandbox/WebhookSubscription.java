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

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of one webhook subscription ({@code POST /v1/webhooks}) as the sandbox holds it, for
 * tests ({@link PipedriveSandbox#webhooks()}). Immutable; {@link #toString()} never shows the
 * Basic-auth password.
 */
public final class WebhookSubscription {

    private final long id;
    private final int userId;
    private final String name;
    private final String subscriptionUrl;
    private final String eventAction;
    private final String eventObject;
    private final String version;
    private final String httpAuthUser;
    private final boolean httpAuthPassword;
    private final Instant addTime;
    private final Instant bannedUntil;
    private final Instant lastDeliveryTime;
    private final Integer lastHttpStatus;
    private final int consecutiveFirstAttemptFailures;

    WebhookSubscription(WebhookRegistry.Entry e, Instant now) {
        this.id = e.id;
        this.userId = e.userId;
        this.name = e.name;
        this.subscriptionUrl = e.subscriptionUrl;
        this.eventAction = e.eventAction;
        this.eventObject = e.eventObject;
        this.version = e.version;
        this.httpAuthUser = e.httpAuthUser;
        this.httpAuthPassword = e.httpAuthPassword != null;
        this.addTime = e.addTime;
        this.bannedUntil = e.bannedUntil != null && e.bannedUntil.isAfter(now) ? e.bannedUntil : null;
        this.lastDeliveryTime = e.lastDeliveryTime;
        this.lastHttpStatus = e.lastHttpStatus;
        this.consecutiveFirstAttemptFailures = e.consecutiveFirstAttemptFailures;
    }

    /** @return the webhook id */
    public long id() {
        return id;
    }

    /** @return the user whose permissions the webhook uses ({@code user_id}) */
    public int userId() {
        return userId;
    }

    /** @return the name given at creation */
    public String name() {
        return name;
    }

    /** @return where deliveries go */
    public String subscriptionUrl() {
        return subscriptionUrl;
    }

    /** @return {@code create}, {@code change}, {@code delete} or {@code *} */
    public String eventAction() {
        return eventAction;
    }

    /** @return {@code lead}, another object type, or {@code *} */
    public String eventObject() {
        return eventObject;
    }

    /** @return {@code "1.0"} or {@code "2.0"} */
    public String version() {
        return version;
    }

    /** @return the Basic-auth user name, if set */
    public Optional<String> httpAuthUser() {
        return Optional.ofNullable(httpAuthUser);
    }

    /** @return whether a Basic-auth password is set (the value is not exposed) */
    public boolean hasHttpAuthPassword() {
        return httpAuthPassword;
    }

    /** @return creation time by the sandbox clock */
    public Instant addTime() {
        return addTime;
    }

    /** @return the end of the current ban by the sandbox clock, empty when not banned */
    public Optional<Instant> bannedUntil() {
        return Optional.ofNullable(bannedUntil);
    }

    /** @return whether deliveries are suspended now */
    public boolean banned() {
        return bannedUntil != null;
    }

    /** @return time of the last delivery attempt that got an answer or failed, if any */
    public Optional<Instant> lastDeliveryTime() {
        return Optional.ofNullable(lastDeliveryTime);
    }

    /** @return HTTP status of the last attempt, if it got one */
    public Optional<Integer> lastHttpStatus() {
        return Optional.ofNullable(lastHttpStatus);
    }

    /** @return first attempts that failed in a row since the last successful first attempt or ban */
    public int consecutiveFirstAttemptFailures() {
        return consecutiveFirstAttemptFailures;
    }

    @Override
    public String toString() {
        return "WebhookSubscription[id=" + id + ", event=" + eventAction + "." + eventObject + ", version=" + version
                + ", url=" + subscriptionUrl + ", auth=" + (httpAuthUser != null ? "basic" : "none")
                + (bannedUntil != null ? ", banned until " + bannedUntil : "") + "]";
    }
}
