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
package io.github.camelpipedrive.leads;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.client.AuthProvider;
import io.github.camelpipedrive.leads.client.PipedriveApiClient;
import io.github.camelpipedrive.leads.client.SafeUrls;
import io.github.camelpipedrive.leads.client.TransportSettings;
import io.github.camelpipedrive.leads.consumer.PipedriveLeadsConsumer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * A Pipedrive Leads API operation. As a producer it performs the operation for each exchange; on {@code getLeads} it
 * can also be consumed: a polling consumer that delivers new (or updated) leads exactly once across restarts. With
 * camel-webhook, {@code from("webhook:pipedrive-leads:getLeads")} receives Pipedrive's lead webhooks (push) and
 * backfills what they miss by a slow poll, each lead (version) delivered once.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "pipedrive-leads", title = "Pipedrive Leads",
             syntax = "pipedrive-leads:operation", category = { Category.CLOUD, Category.API, Category.SAAS },
             headersClass = PipedriveLeadsConstants.class)
public class PipedriveLeadsEndpoint extends ScheduledPollEndpoint
        implements EndpointServiceLocation, WebhookCapableEndpoint {

    static final String DEFAULT_BASE_URL = "https://api.pipedrive.com";

    @UriParam
    private PipedriveLeadsConfiguration configuration;

    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll;

    private volatile PipedriveApiClient apiClient;
    private boolean backoffConfigured;

    /** Default backoff of the consumer: failed polls in a row before polls are skipped (Camel: off). */
    static final int BACKOFF_ERROR_THRESHOLD = 3;
    /** Default backoff of the consumer: polls skipped between two attempts while failing (Camel: off). */
    static final int BACKOFF_MULTIPLIER = 5;
    private MemoryStateRepository ownedCursorRepository;
    private final io.github.camelpipedrive.leads.webhook.WebhookSubscription webhook
            = new io.github.camelpipedrive.leads.webhook.WebhookSubscription(this);

    public PipedriveLeadsEndpoint(String uri, PipedriveLeadsComponent component,
                                  PipedriveLeadsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /**
     * The endpoint's name in JMX ({@code type=endpoints}) and in Camel's endpoint listings: its URI with the value of
     * every secret option masked, whatever the Camel version or JMX mask setting, and nothing that changes between
     * runs (the same URI gives the same name in every context).
     */
    @Override
    public String getEndpointKey() {
        return SecretOptions.mask(super.getEndpointKey());
    }

    @Override
    public PipedriveLeadsComponent getComponent() {
        return (PipedriveLeadsComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new PipedriveLeadsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!configuration.getOperation().isConsumable()) {
            throw new IllegalArgumentException("The pipedrive-leads operation " + configuration.getOperation()
                                               + " cannot be consumed: only getLeads can be used in from(...)."
                                               + " Use to(\"pipedrive-leads:" + configuration.getOperation()
                                               + "\") to call it.");
        }
        PipedriveLeadsConsumer consumer = new PipedriveLeadsConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(maxMessagesPerPoll);
        configureConsumer(consumer);
        // Camel's default delay (500 ms) would spend millions of tokens a day: unless delay is set, the consumer
        // derives its cadence from the daily token budget (pollBudgetShare)
        consumer.setAdaptiveDelay(getDelay() < 0);
        if (!backoffConfigured) {
            // a poll failing with the same cause (401, spent budget, outage) need not be retried at full cadence:
            // after BACKOFF_ERROR_THRESHOLD failed polls in a row, skip BACKOFF_MULTIPLIER polls between attempts
            consumer.setBackoffErrorThreshold(BACKOFF_ERROR_THRESHOLD);
            consumer.setBackoffMultiplier(BACKOFF_MULTIPLIER);
        }
        // after configureConsumer, which sets a user's pollStrategy: record around whichever strategy is in place
        consumer.setPollStrategy(consumer.getHealthState().recording(consumer.getPollStrategy()));
        return consumer;
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        return webhook.createHandler(next);
    }

    @Override
    public void registerWebhook() throws Exception {
        webhook.register();
    }

    @Override
    public void unregisterWebhook() throws Exception {
        webhook.unregister();
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        webhook.setWebhookConfiguration(webhookConfiguration);
    }

    @Override
    public java.util.List<String> getWebhookMethods() {
        return java.util.List.of("POST");
    }

    /** Push: the webhook side of this endpoint (its subscription and the credentials deliveries must carry). */
    public io.github.camelpipedrive.leads.webhook.WebhookSubscription webhookSubscription() {
        return webhook;
    }

    /**
     * Consumer: where the cursor is kept. The configured stateRepository (started if it is not yet, and left for its
     * owner to stop), or else an in-memory repository this endpoint owns: shared by its consumers across restarts of
     * the route, and stopped when the endpoint stops (a removed route) or the component stops.
     */
    public synchronized StateRepository<String, String> cursorRepository() {
        StateRepository<String, String> configured = configuration.getStateRepository();
        if (configured != null) {
            return StateRepositories.startSupplied(configured);
        }
        if (ownedCursorRepository == null || !ownedCursorRepository.isStarted()) {
            ownedCursorRepository = getComponent().createStateRepository();
        }
        return ownedCursorRepository;
    }

    /** A host name, an IPv4 address or a bare IPv6 address, as HttpHost takes them. */
    private static final java.util.regex.Pattern PROXY_HOST = java.util.regex.Pattern.compile(
            "[A-Za-z0-9._-]+|\\[?[0-9A-Fa-f:.]+]?");

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        boolean explicit = notBlank(configuration.getBaseUrl()) || notBlank(configuration.getCompanyDomain());
        String baseUrl = resolveBaseUrl();
        AuthProvider auth = resolveAuth();
        apiClient = new PipedriveApiClient(getComponent().httpClient(transportSettings()), baseUrl, explicit, auth,
                getMapper(), getComponent().policies(configuration, PipedriveApiClient.identityOf(baseUrl, auth)));
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            getComponent().releaseStateRepository(ownedCursorRepository);
            ownedCursorRepository = null;
        }
        super.doStop();
    }

    /** The client of this endpoint (available once started). */
    public PipedriveApiClient getApiClient() {
        PipedriveApiClient client = apiClient;
        if (client == null) {
            throw new IllegalStateException("Endpoint " + this + " is not started");
        }
        return client;
    }

    /** The custom field definitions of this endpoint's account (cached by the component). */
    public io.github.camelpipedrive.leads.producer.CustomFieldCatalog customFieldCatalog(boolean refresh) {
        return getComponent().customFieldCatalog(getApiClient(), configuration.getCustomFieldCacheTtl(), refresh);
    }

    /** The JSON mapper shared by the component. */
    public ObjectMapper getMapper() {
        return getComponent().getMapper();
    }


    /** The base URL requests go to, derived from baseUrl, companyDomain or the default, and checked for https. */
    String resolveBaseUrl() {
        String url;
        if (configuration.getBaseUrl() != null && !configuration.getBaseUrl().isBlank()) {
            url = configuration.getBaseUrl().trim();
        } else if (configuration.getCompanyDomain() != null && !configuration.getCompanyDomain().isBlank()) {
            String domain = configuration.getCompanyDomain().trim();
            if (!domain.matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")) {
                throw new IllegalArgumentException("Invalid companyDomain '" + domain
                                                   + "': expected the subdomain only, for example 'acme' for"
                                                   + " https://acme.pipedrive.com");
            }
            url = "https://" + domain + ".pipedrive.com";
        } else {
            url = DEFAULT_BASE_URL;
        }
        return SafeUrls.requireSafe(url, "baseUrl", configuration.isAllowInsecureHttp());
    }


    /**
     * Refuses, when the endpoint is created, a baseUrl that carries the API path ({@code /api/v1}, {@code /v2}...):
     * the component adds the path of each operation (v1 or v2) itself, so such a URL would be sent to
     * {@code /api/v1/v1/leads} and fail with a 404 far from its cause.
     */
    void checkBaseUrl() {
        String url = configuration.getBaseUrl();
        if (url == null || url.isBlank()) {
            return;
        }
        String trimmed = url.trim().replaceAll("/+$", "");
        java.util.regex.Matcher apiPath = java.util.regex.Pattern.compile("(?i)(/api)?/v\\d+$").matcher(trimmed);
        if (apiPath.find()) {
            throw new IllegalArgumentException("Invalid baseUrl '" + url.trim() + "': give the company URL only, for"
                                               + " example '" + trimmed.substring(0, apiPath.start()) + "' (or set"
                                               + " companyDomain): the component adds /api/v1 or /api/v2 for each"
                                               + " operation itself");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private AuthProvider resolveAuth() {
        if (configuration.getApiToken() != null && !configuration.getApiToken().isBlank()) {
            return AuthProvider.apiToken(configuration.getApiToken());
        }
        if (notBlank(configuration.getClientId())) {
            if (!notBlank(configuration.getClientSecret())) {
                throw new IllegalArgumentException("OAuth: clientId is set but clientSecret is missing");
            }
            String tokenUrl = SafeUrls.requireSafe(configuration.getTokenUrl(), "tokenUrl",
                    configuration.isAllowInsecureHttp());
            return getComponent().oauthProvider(transportSettings(), tokenUrl, configuration);
        }
        if (configuration.getAccessToken() != null && !configuration.getAccessToken().isBlank()) {
            return AuthProvider.bearer(configuration.getAccessToken());
        }
        throw new IllegalArgumentException("No credentials: set apiToken (or accessToken) on the pipedrive-leads"
                                           + " component or endpoint");
    }

    private TransportSettings transportSettings() {
        PipedriveLeadsConfiguration c = configuration;
        String proxyHost = c.getProxyHost();
        if (proxyHost != null && !proxyHost.isBlank() && !PROXY_HOST.matcher(proxyHost.trim()).matches()) {
            // not quoted: a user:password@host written here would put the password into the message
            throw new IllegalArgumentException("Invalid proxyHost: must be a host name or an IP address only, without a"
                                               + " scheme, user info, port or path (the port goes in proxyPort, the"
                                               + " credentials in proxyAuthUsername and proxyAuthPassword)");
        }
        return new TransportSettings(c.getConnectTimeout(), c.getResponseTimeout(), c.getConnectionRequestTimeout(),
                c.getMaxTotalConnections(), c.getConnectionsPerRoute(), c.getProxyHost(), c.getProxyPort(),
                c.getProxyAuthUsername(), c.getProxyAuthPassword(), c.getSslContextParameters(),
                c.getHttpClientConfigurer(), c.getMaxResponseSize(), c.getResponseDeadline());
    }

    /**
     * The endpoint's options.
     */
    public PipedriveLeadsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PipedriveLeadsConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * Consumer: the most exchanges one poll delivers (0 = no limit); the rest follow on the next poll. Counts
     * pages in batchMode.
     */
    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    @Override
    public void setBackoffMultiplier(int backoffMultiplier) {
        backoffConfigured = true;
        super.setBackoffMultiplier(backoffMultiplier);
    }

    @Override
    public void setBackoffErrorThreshold(int backoffErrorThreshold) {
        backoffConfigured = true;
        super.setBackoffErrorThreshold(backoffErrorThreshold);
    }

    @Override
    public void setBackoffIdleThreshold(int backoffIdleThreshold) {
        backoffConfigured = true;
        super.setBackoffIdleThreshold(backoffIdleThreshold);
    }

    @Override
    public String getServiceUrl() {
        try {
            return resolveBaseUrl();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("operation", String.valueOf(configuration.getOperation()));
    }
}
