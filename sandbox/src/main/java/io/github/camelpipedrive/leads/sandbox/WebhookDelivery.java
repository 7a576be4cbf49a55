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

import java.util.Optional;

/**
 * One record of the webhook delivery log ({@link PipedriveSandbox#webhookDeliveries()}): a delivery
 * attempt with its outcome, or an event that was never attempted for a subscription because a fault
 * dropped it or the subscription was banned. Immutable.
 */
public final class WebhookDelivery {

    /** What became of the attempt. */
    public enum Outcome {
        /** The receiver answered 2xx. */
        SUCCESS,
        /** The receiver answered something else, timed out or could not be reached. */
        FAILURE,
        /** {@link WebhookFaults#dropShare(double)} chose the event: never sent (attempt 0). */
        DROPPED,
        /** The subscription was banned: the event (or its retry) is lost, as in Pipedrive. */
        BANNED
    }

    private final long webhookId;
    private final String eventId;
    private final String leadId;
    private final String action;
    private final int attempt;
    private final Outcome outcome;
    private final int httpStatus;
    private final String failure;
    private final boolean duplicate;

    WebhookDelivery(long webhookId, String eventId, String leadId, String action, int attempt, Outcome outcome,
            int httpStatus, String failure, boolean duplicate) {
        this.webhookId = webhookId;
        this.eventId = eventId;
        this.leadId = leadId;
        this.action = action;
        this.attempt = attempt;
        this.outcome = outcome;
        this.httpStatus = httpStatus;
        this.failure = failure;
        this.duplicate = duplicate;
    }

    /** @return the subscription */
    public long webhookId() {
        return webhookId;
    }

    /** @return {@code meta.id} of the event (a duplicate carries the same id) */
    public String eventId() {
        return eventId;
    }

    /** @return {@code meta.entity_id}: the lead */
    public String leadId() {
        return leadId;
    }

    /** @return {@code create}, {@code change} or {@code delete} */
    public String action() {
        return action;
    }

    /** @return {@code meta.attempt}: 1..4, or 0 when nothing was sent */
    public int attempt() {
        return attempt;
    }

    /** @return what became of it */
    public Outcome outcome() {
        return outcome;
    }

    /** @return the receiver's HTTP status, if it answered */
    public Optional<Integer> httpStatus() {
        return httpStatus == 0 ? Optional.empty() : Optional.of(httpStatus);
    }

    /** @return why the attempt failed without an HTTP status (timeout, refused connection), if so */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return whether the receiver answered 2xx */
    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    /** @return whether a fault dropped the event for this subscription */
    public boolean dropped() {
        return outcome == Outcome.DROPPED;
    }

    /** @return whether this is the extra copy {@link WebhookFaults#duplicateShare(double)} sent */
    public boolean duplicate() {
        return duplicate;
    }

    @Override
    public String toString() {
        return "WebhookDelivery[webhook=" + webhookId + ", " + action + " " + leadId + ", event=" + eventId
                + ", attempt=" + attempt + ", " + outcome + (httpStatus != 0 ? " " + httpStatus : "")
                + (failure != null ? " (" + failure + ")" : "") + (duplicate ? ", duplicate" : "") + "]";
    }
}
