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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The webhook subscriptions of the sandbox's one company and the delivery rules that change them:
 * the 40-per-user limit, the ban after {@value #BAN_AFTER_FAILURES} first-attempt failures in a row
 * and the removal of a subscription without a successful delivery for {@link #EXPIRY} (reference
 * §7). Every method is synchronized; the ban lasts {@link #BAN} times the time scale, both measured
 * by the sandbox clock.
 */
final class WebhookRegistry {

    static final int MAX_PER_USER = 40;
    static final int BAN_AFTER_FAILURES = 10;
    static final Duration BAN = Duration.ofMinutes(30);
    static final Duration EXPIRY = Duration.ofDays(3);
    static final int COMPANY_ID = 1;
    static final Set<String> ACTIONS = Set.of("create", "change", "delete", "*");
    static final List<String> OBJECTS = List.of("activity", "deal", "lead", "note", "organization", "person",
            "pipeline", "product", "stage", "user", "*");
    static final Set<String> VERSIONS = Set.of("1.0", "2.0");
    private static final int MAX_NAME = 255;

    /** One subscription's mutable state (guarded by the registry's monitor). */
    static final class Entry {
        final long id;
        final int ownerId;
        final int userId;
        final String name;
        final String subscriptionUrl;
        final String eventAction;
        final String eventObject;
        final String version;
        final String httpAuthUser;
        final String httpAuthPassword;
        final Instant addTime;
        Instant bannedUntil;
        Instant lastDeliveryTime;
        Integer lastHttpStatus;
        Instant lastSuccess;
        boolean failedSinceSuccess;
        int consecutiveFirstAttemptFailures;

        Entry(long id, int ownerId, int userId, String name, String subscriptionUrl, String eventAction,
                String eventObject, String version, String httpAuthUser, String httpAuthPassword, Instant addTime) {
            this.id = id;
            this.ownerId = ownerId;
            this.userId = userId;
            this.name = name;
            this.subscriptionUrl = subscriptionUrl;
            this.eventAction = eventAction;
            this.eventObject = eventObject;
            this.version = version;
            this.httpAuthUser = httpAuthUser;
            this.httpAuthPassword = httpAuthPassword;
            this.addTime = addTime;
        }

        boolean receivesLead(LeadEvent.Action action) {
            return "2.0".equals(version) && ("lead".equals(eventObject) || "*".equals(eventObject))
                    && ("*".equals(eventAction) || action.wire().equals(eventAction));
        }

        /** {@code BaseWebhook} of the official client's models, in its field order. */
        ObjectNode json() {
            ObjectNode n = Json.object();
            n.put("id", id);
            n.put("company_id", COMPANY_ID);
            n.put("owner_id", ownerId);
            n.put("user_id", userId);
            n.put("event_action", eventAction);
            n.put("event_object", eventObject);
            n.put("subscription_url", subscriptionUrl);
            n.put("version", version);
            n.put("is_active", 1);
            n.put("add_time", Timestamps.format(addTime));
            n.putNull("remove_time");
            n.put("type", "general");
            n.put("http_auth_user", httpAuthUser);
            n.put("http_auth_password", httpAuthPassword);
            n.putObject("additional_data");
            n.putNull("remove_reason");
            n.put("last_delivery_time", lastDeliveryTime == null ? null : Timestamps.format(lastDeliveryTime));
            n.put("last_http_status", lastHttpStatus);
            n.put("admin_id", ownerId);
            n.put("name", name);
            return n;
        }
    }

    private final Clock clock;
    private final double timeScale;
    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private long nextId = 1;
    /** Subscriptions that receive some lead event, kept for the lock-free check of every lead write. */
    private volatile int leadReceivers;

    WebhookRegistry(Clock clock, double timeScale) {
        this.clock = clock;
        this.timeScale = timeScale;
    }

    private Instant now() {
        return Timestamps.millis(clock.instant());
    }

    /** Validates the {@code POST /v1/webhooks} body and adds the subscription; the caller is its owner. */
    synchronized Entry add(JsonNode body, int callerUserId) {
        if (body == null || !body.isObject()) {
            throw invalid("body", "must be a JSON object");
        }
        String url = requiredString(body, "subscription_url");
        requireHttpUrl(url);
        String action = requiredString(body, "event_action");
        if (!ACTIONS.contains(action)) {
            throw invalid("event_action", "must be one of [create, change, delete, *]");
        }
        String object = requiredString(body, "event_object");
        if (!OBJECTS.contains(object)) {
            throw invalid("event_object", "must be one of " + OBJECTS);
        }
        String name = requiredString(body, "name");
        if (name.length() > MAX_NAME) {
            throw invalid("name", "length must be less than or equal to " + MAX_NAME + " characters long");
        }
        String version = optionalString(body, "version");
        if (version == null) {
            version = "2.0";
        } else if (!VERSIONS.contains(version)) {
            throw invalid("version", "must be one of [1.0, 2.0]");
        }
        String user = optionalString(body, "http_auth_user");
        String password = optionalString(body, "http_auth_password");
        int userId = callerUserId;
        JsonNode userNode = body.get("user_id");
        if (userNode != null && !userNode.isNull()) {
            if (!userNode.canConvertToInt() || !userNode.isIntegralNumber() || userNode.asInt() < 1) {
                throw invalid("user_id", "must be a positive integer");
            }
            userId = userNode.asInt();
        }
        expire();
        int forUser = userId;
        long owned = entries.values().stream().filter(e -> e.userId == forUser).count();
        if (owned >= MAX_PER_USER) {
            ObjectNode error = errorBody("Webhooks limit reached: a user can have at most " + MAX_PER_USER
                    + " webhooks", "Delete a webhook before adding another");
            throw ApiException.of(422, error);
        }
        Entry entry = new Entry(nextId++, callerUserId, userId, name, url, action, object, version, user, password,
                now());
        entries.put(entry.id, entry);
        countLeadReceivers();
        return entry;
    }

    synchronized List<ObjectNode> listJson() {
        expire();
        List<ObjectNode> out = new ArrayList<>();
        entries.values().forEach(e -> out.add(e.json()));
        return out;
    }

    synchronized void remove(long id) {
        if (entries.remove(id) == null) {
            throw ApiException.of(404, errorBody("Webhook not found", "Object was not found."));
        }
        countLeadReceivers();
    }

    /** @return whether any subscription could receive a lead event (banned ones included) */
    boolean hasLeadReceivers() {
        return leadReceivers > 0;
    }

    private void countLeadReceivers() {
        int n = 0;
        for (Entry e : entries.values()) {
            if (e.receivesLead(LeadEvent.Action.CREATE) || e.receivesLead(LeadEvent.Action.CHANGE)
                    || e.receivesLead(LeadEvent.Action.DELETE)) {
                n++;
            }
        }
        leadReceivers = n;
    }

    synchronized List<WebhookSubscription> snapshot() {
        expire();
        Instant now = now();
        List<WebhookSubscription> out = new ArrayList<>();
        entries.values().forEach(e -> out.add(new WebhookSubscription(e, now)));
        return List.copyOf(out);
    }

    /** @return the subscriptions that receive this kind of lead event, banned ones included */
    synchronized List<Entry> receiving(LeadEvent.Action action) {
        expire();
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.receivesLead(action)) {
                out.add(e);
            }
        }
        return out;
    }

    synchronized boolean exists(Entry entry) {
        return entries.get(entry.id) == entry;
    }

    synchronized boolean banned(Entry entry) {
        return entry.bannedUntil != null && now().isBefore(entry.bannedUntil);
    }

    /** Java API: bans at once, for the scaled ban period. */
    synchronized void ban(long id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no webhook " + id);
        }
        startBan(entry);
    }

    private void startBan(Entry entry) {
        entry.bannedUntil = now().plusMillis(Math.max(1, Math.round(BAN.toMillis() * timeScale)));
        entry.consecutiveFirstAttemptFailures = 0;
    }

    /**
     * Records the result of an attempt: the delivery fields of the subscription, the first-attempt
     * failure streak (a successful first attempt ends it; the {@value #BAN_AFTER_FAILURES}th failure
     * starts a ban) and the success that keeps the subscription alive.
     */
    synchronized void recordAttempt(Entry entry, int attempt, boolean success, Integer httpStatus) {
        Instant now = now();
        entry.lastDeliveryTime = now;
        entry.lastHttpStatus = httpStatus;
        if (success) {
            entry.lastSuccess = now;
            entry.failedSinceSuccess = false;
            if (attempt == 1) {
                entry.consecutiveFirstAttemptFailures = 0;
            }
            return;
        }
        entry.failedSinceSuccess = true;
        if (attempt == 1 && ++entry.consecutiveFirstAttemptFailures >= BAN_AFTER_FAILURES) {
            startBan(entry);
        }
        expire();
    }

    /**
     * Drops subscriptions that failed since their last success (or creation) and have had no
     * success for {@link #EXPIRY} by the sandbox clock; a subscription that merely had nothing to
     * deliver stays.
     */
    private void expire() {
        Instant now = now();
        boolean removed = false;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            Entry e = it.next();
            Instant since = e.lastSuccess != null ? e.lastSuccess : e.addTime;
            if (e.failedSinceSuccess && !since.plus(EXPIRY).isAfter(now)) {
                it.remove();
                removed = true;
            }
        }
        if (removed) {
            countLeadReceivers();
        }
    }

    // ------------------------------------------------------------------ validation helpers

    private static String requiredString(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            throw invalid(field, "is required");
        }
        if (!node.isTextual()) {
            throw invalid(field, "must be a string");
        }
        return node.asText();
    }

    private static String optionalString(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(field, "must be a string");
        }
        return node.asText();
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw invalid("subscription_url", "must be a full, valid http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw invalid("subscription_url", "must be a full, valid http(s) URL");
        }
    }

    /**
     * A 400 in the generic envelope plus the {@code errors} object of the official client's
     * {@code WebhooksBadRequestResponse}; the message names the field and the rule.
     */
    static ApiException invalid(String field, String rule) {
        ObjectNode body = errorBody("Validation failed: " + field + " " + rule,
                "Please check developers.pipedrive.com");
        body.putObject("errors").putArray(field).add(field + " " + rule);
        return ApiException.of(400, body);
    }

    private static ObjectNode errorBody(String error, String errorInfo) {
        return Envelope.errorBody(error, errorInfo);
    }
}
