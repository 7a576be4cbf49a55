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
package io.github.camelpipedrive.leads.webhook;

import java.net.URI;

import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook side of one {@code pipedrive-leads} endpoint: its options checked, its subscription registered and
 * removed, and the credentials its deliveries must carry. A generated password lives here, in memory only.
 */
public final class WebhookSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSubscription.class);
    private static final int MAX_NAME = 255;

    private final PipedriveLeadsEndpoint endpoint;
    private WebhookConfiguration webhookConfiguration;
    private volatile BasicAuthCheck authCheck;
    private volatile Long subscriptionId;
    private volatile LeadWebhookHandler handler;

    public WebhookSubscription(PipedriveLeadsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    /** The handler of the deliveries, after checking that the options make sense for push. */
    public Processor createHandler(Processor next) {
        PipedriveLeadsConfiguration c = endpoint.getConfiguration();
        if (!c.getOperation().isConsumable()) {
            throw new IllegalArgumentException("webhook:pipedrive-leads:" + c.getOperation() + " is not supported:"
                                               + " only getLeads can receive lead webhooks");
        }
        if (c.isBatchMode()) {
            throw new IllegalArgumentException("batchMode does not apply to webhook:pipedrive-leads (each event is one"
                                               + " exchange)");
        }
        eventAction(c);
        if (c.getBackfillDelay() <= 0) {
            throw new IllegalArgumentException("Invalid backfillDelay: must be more than 0 ms (the backfill is the"
                                               + " safety net of push), was " + c.getBackfillDelay());
        }
        if (c.getWebhookMaxBodySize() < 1024) {
            throw new IllegalArgumentException("Invalid webhookMaxBodySize: must be at least 1024 bytes, was "
                                               + c.getWebhookMaxBodySize());
        }
        if (c.getWebhookDedupeCapacity() < 1) {
            throw new IllegalArgumentException("Invalid webhookDedupeCapacity: must be at least 1, was "
                                               + c.getWebhookDedupeCapacity());
        }
        if (notBlank(c.getWebhookAuthPassword())) {
            authCheck = new BasicAuthCheck(user(c), c.getWebhookAuthPassword());
        }
        LeadWebhookHandler created = new LeadWebhookHandler(endpoint, next);
        handler = created;
        return created;
    }

    /** The handler of the deliveries most recently created for this endpoint (null before the route is built). */
    public LeadWebhookHandler handler() {
        return handler;
    }

    /** The event_action to subscribe to: the option, or the feed's default. */
    static WebhookEventAction eventAction(PipedriveLeadsConfiguration c) {
        WebhookEventAction action = c.getWebhookEventAction();
        if (action == null) {
            return c.getFeed() == LeadFeed.NEW ? WebhookEventAction.create : WebhookEventAction.all;
        }
        if (c.getFeed() == LeadFeed.NEW && action == WebhookEventAction.change) {
            throw new IllegalArgumentException("webhookEventAction=change does not fit feed=new, which delivers each"
                                               + " lead once when it is created: use create or all, or feed=updated");
        }
        return action;
    }

    /** Creates the subscription, or reuses one of ours for the same URL (deleting the others of ours). */
    public synchronized void register() throws Exception {
        if (webhookConfiguration == null) {
            throw new IllegalStateException("The pipedrive-leads endpoint has no webhook configuration: use it as"
                                             + " from(\"webhook:pipedrive-leads:getLeads\")");
        }
        ServiceHelper.startService(endpoint);
        PipedriveLeadsConfiguration c = endpoint.getConfiguration();
        String url = webhookConfiguration.computeFullExternalUrl();
        requireUsableUrl(url);
        String name = notBlank(c.getWebhookName()) ? c.getWebhookName().trim()
                : WebhookRegistrar.NAME_PREFIX + " " + io.github.camelpipedrive.leads.consumer.PipedriveLeadsConsumer
                        .stateKeyOf(c);
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("Invalid webhookName: at most " + MAX_NAME + " characters, was "
                                               + name.length());
        }
        boolean configured = notBlank(c.getWebhookAuthPassword());
        String password = configured ? c.getWebhookAuthPassword() : BasicAuthCheck.generateSecret();
        WebhookRegistrar.Wanted wanted = new WebhookRegistrar.Wanted(url, name, eventAction(c), user(c), password,
                configured);
        // Pipedrive lists the password with the subscriptions: an error quoting the list must not show it
        endpoint.getApiClient().redactAlso(password);
        // the check is in place before Pipedrive can deliver with the new credentials
        BasicAuthCheck previous = authCheck;
        authCheck = new BasicAuthCheck(user(c), password);
        try {
            WebhookRegistrar.Registration registration = registrar().register(wanted);
            subscriptionId = registration.id();
        } catch (RuntimeException e) {
            authCheck = configured ? authCheck : previous;
            throw e;
        }
    }

    /** Deletes the subscription unless webhookKeepOnStop; a failure is logged, never thrown at shutdown. */
    public synchronized void unregister() {
        Long id = subscriptionId;
        if (id == null) {
            return;
        }
        if (endpoint.getConfiguration().isWebhookKeepOnStop()) {
            LOG.info("Keeping webhook subscription {} (webhookKeepOnStop=true)", id);
            return;
        }
        try {
            registrar().delete(id);
            LOG.info("Deleted webhook subscription {}", id);
            subscriptionId = null;
        } catch (RuntimeException e) {
            LOG.warn("Could not delete webhook subscription {} ({}); the next registration for the same URL deletes"
                     + " or reuses it", id, e.getMessage());
        }
    }

    /** The check of the deliveries' Basic auth; null while no credentials are known. */
    BasicAuthCheck authCheck() {
        return authCheck;
    }

    /** The id of the subscription this endpoint registered, or null. */
    public Long getSubscriptionId() {
        return subscriptionId;
    }

    private WebhookRegistrar registrar() {
        return new WebhookRegistrar(endpoint.getApiClient(), endpoint.getMapper());
    }

    private static String user(PipedriveLeadsConfiguration c) {
        return notBlank(c.getWebhookAuthUser()) ? c.getWebhookAuthUser() : "camel-pipedrive-leads";
    }

    private static void requireUsableUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid webhook URL '" + url + "': set webhookExternalUrl to the"
                                               + " public https address Pipedrive can reach");
        }
        if (uri.getHost() == null || "0.0.0.0".equals(uri.getHost())) {
            throw new IllegalArgumentException("Invalid webhook URL '" + url + "': set webhookExternalUrl to the"
                                               + " public https address Pipedrive can reach");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            LOG.warn("The webhook URL {} is not https: Pipedrive sends the Basic-auth credentials with every"
                     + " delivery; use https outside tests", url);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
