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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.client.BurstThrottle;
import io.github.camelpipedrive.leads.client.Json;
import io.github.camelpipedrive.leads.client.RateLimitPolicy;
import io.github.camelpipedrive.leads.client.RetryPolicy;
import io.github.camelpipedrive.leads.client.UsageStatistics;
import io.github.camelpipedrive.leads.client.OAuthTokenProvider;
import io.github.camelpipedrive.leads.client.PipedriveApiClient;
import io.github.camelpipedrive.leads.model.LeadField;
import io.github.camelpipedrive.leads.producer.ContactLocks;
import io.github.camelpipedrive.leads.producer.CustomFieldCatalog;
import io.github.camelpipedrive.leads.producer.RecentContacts;
import io.github.camelpipedrive.leads.producer.PagingIterator;
import io.github.camelpipedrive.leads.client.PipedriveHttpClient;
import io.github.camelpipedrive.leads.client.TransportSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.IOHelper;

/**
 * The pipedrive-leads component: Camel routes to the Pipedrive Leads API. Options set here are the defaults of every
 * endpoint; endpoints with the same transport settings share one pooled HTTP client.
 */
@Component("pipedrive-leads")
public class PipedriveLeadsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The shared configuration: component-level defaults of every endpoint option.")
    private PipedriveLeadsConfiguration configuration = new PipedriveLeadsConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters when no sslContextParameters are set.")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "producer", defaultValue = "10000",
              description = "Lead intake: how many recently created persons and organizations (by match key) the"
                            + " component remembers, because Pipedrive's search index can lag behind a create; 0"
                            + " remembers none.")
    private int intakeCacheSize = 10000;
    @Metadata(label = "producer", defaultValue = "900000",
              description = "Lead intake: milliseconds a recently created person or organization is remembered"
                            + " (longer than the search index ever lags).")
    private long intakeCacheTtl = 900000;
    private volatile RecentContacts recentContacts;
    private final ContactLocks contactLocks = new ContactLocks(256);

    private final Map<TransportSettings, PipedriveHttpClient> clients = new ConcurrentHashMap<>();
    private volatile CheckedComponentConfigurer checkedConfigurer;
    private final ObjectMapper mapper = Json.newMapper();
    private final Map<String, CustomFieldCatalog> fieldCatalogs = new ConcurrentHashMap<>();
    private final Map<String, OAuthTokenProvider> oauthProviders = new ConcurrentHashMap<>();
    private final Map<String, BurstThrottle> throttles = new ConcurrentHashMap<>();
    private final UsageStatistics usage = new UsageStatistics();
    private Object usageMBean;
    private final StateRepositories stateRepositories = new StateRepositories();
    private HealthCheckRegistration usageHealthCheck;

    /**
     * Option names of this component that Camel's built-in list of sensitive keys ({@code SensitiveUtils}) lacks.
     * Camel masks a property by its last name segment (lower case, dashes removed), from that list or from the
     * context's additional sensitive keywords; {@code accessToken}, {@code clientSecret}, {@code refreshToken},
     * {@code proxyAuthUsername} and {@code proxyAuthPassword} are on Camel's list, {@code apiToken} and
     * {@code webhookAuthPassword} are not. {@code SecretOptionsTest} checks that every secret option is covered.
     */
    static final java.util.List<String> SENSITIVE_KEYWORDS = java.util.List.of("apitoken", "webhookauthpassword");

    public PipedriveLeadsComponent() {
    }

    /**
     * Adds {@link #SENSITIVE_KEYWORDS} to the context's additional sensitive keywords as soon as the component joins a
     * context, before Camel Main binds {@code camel.component.pipedrive-leads.*} and prints its startup summary and
     * consoles: there {@code api-token} then shows as {@code xxxxxx}. (Camel Main's own DEBUG line "Configured
     * property" prints every value unmasked whatever the keywords; see docs/reliability-and-security.md.)
     */
    @Override
    public void setCamelContext(org.apache.camel.CamelContext camelContext) {
        super.setCamelContext(camelContext);
        if (camelContext != null) {
            addSensitiveKeywords(camelContext.getCamelContextExtension());
        }
    }

    /**
     * The additional sensitive keywords of {@code ExtendedCamelContext} arrived after Camel 4.14 (the previous LTS
     * line this jar also supports): looked up, not linked, so that one jar serves both lines. On 4.14 the keyword is
     * not added and Camel Main shows {@code api-token} unmasked in its summary (docs/reliability-and-security.md).
     */
    private static void addSensitiveKeywords(org.apache.camel.ExtendedCamelContext ext) {
        java.lang.reflect.Method getter;
        java.lang.reflect.Method setter;
        try {
            getter = org.apache.camel.ExtendedCamelContext.class.getMethod("getAdditionalSensitiveKeywords");
            setter = org.apache.camel.ExtendedCamelContext.class.getMethod("setAdditionalSensitiveKeywords", String.class);
        } catch (NoSuchMethodException olderCamel) {
            return;
        }
        try {
            String existing = (String) getter.invoke(ext);
            StringBuilder keywords = new StringBuilder(existing == null ? "" : existing.strip());
            for (String keyword : SENSITIVE_KEYWORDS) {
                if (!keywords.toString().toLowerCase(java.util.Locale.ENGLISH).contains(keyword)) {
                    keywords.append(keywords.length() == 0 ? "" : ",").append(keyword);
                }
            }
            if (!keywords.toString().equals(existing)) {
                setter.invoke(ext, keywords.toString());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot add sensitive keywords to the Camel context", e);
        }
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        PipedriveLeadsConfiguration copy = configuration.copy();
        copy.setOperation(parseOperation(remaining));
        if (copy.getSslContextParameters() == null && useGlobalSslContextParameters) {
            copy.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        PipedriveLeadsEndpoint endpoint = new PipedriveLeadsEndpoint(uri, this, copy);
        EnumOptions.check(parameters);
        NumberOptions.check(parameters);
        setProperties(endpoint, parameters);
        endpoint.checkBaseUrl();
        return endpoint;
    }

    private static PipedriveLeadsOperation parseOperation(String remaining) {
        try {
            return PipedriveLeadsOperation.valueOf(remaining);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown pipedrive-leads operation '" + remaining + "'. Valid: "
                                               + List.of(PipedriveLeadsOperation.values()));
        }
    }

    /** The pooled client for these settings, created on first use and closed when the component stops. */
    PipedriveHttpClient httpClient(TransportSettings settings) {
        return clients.computeIfAbsent(settings, s -> new PipedriveHttpClient(s, getCamelContext()));
    }

    /**
     * The custom lead fields of the account the client talks to, read from GET /v1/leadFields (every page) and
     * cached per account until {@code ttlMillis} passed or {@code refresh} is asked.
     */
    CustomFieldCatalog customFieldCatalog(PipedriveApiClient client, long ttlMillis, boolean refresh) {
        return fieldCatalogs.compute(client.identity(), (key, cached) -> {
            long now = System.currentTimeMillis();
            if (!refresh && cached != null && now - cached.loadedAtMillis() < ttlMillis) {
                return cached;
            }
            PipedriveLeadsOperation op = PipedriveLeadsOperation.getLeadFields;
            PagingIterator fields = new PagingIterator(List.of(OperationRequest.of(op)
                    .query(QueryOption.LIMIT, 500).query(QueryOption.START, 0).toApiRequest()),
                    r -> client.call(r, op.successStatus()),
                    r -> mapper.convertValue(r.data(), mapper.getTypeFactory()
                            .constructCollectionType(List.class, LeadField.class)), 0);
            List<LeadField> all = new java.util.ArrayList<>();
            fields.forEachRemaining(f -> all.add((LeadField) f));
            return new CustomFieldCatalog(all, now);
        });
    }

    /**
     * The policies of an endpoint: its own retry and rate-limit settings, and the burst throttle and usage statistics
     * shared by every endpoint of this component talking to the same account.
     */
    PipedriveApiClient.Policies policies(PipedriveLeadsConfiguration c, String accountIdentity) {
        return new PipedriveApiClient.Policies(
                new RateLimitPolicy(c.getMaxRateLimitRetries(), c.getMaxRateLimitWait()),
                new RetryPolicy(c.getMaxRetries(), c.getRetryInitialDelay(), c.getRetryMaxDelay(),
                        c.getRetryMaxElapsed()),
                c.isClientThrottling() ? throttles.computeIfAbsent(accountIdentity, k -> new BurstThrottle()) : null,
                usage);
    }

    /** Requests, tokens and rate-limit figures of every endpoint of this component (also in JMX and health). */
    public UsageStatistics getUsageStatistics() {
        return usage;
    }

    /**
     * The generated configurer, checking the text of number options first: Camel Main binds
     * {@code camel.component.pipedrive-leads.max-retries=abc} through it as 0 (no retries) without a word.
     */
    @Override
    public org.apache.camel.spi.PropertyConfigurer getComponentPropertyConfigurer() {
        org.apache.camel.spi.PropertyConfigurer generated = super.getComponentPropertyConfigurer();
        CheckedComponentConfigurer current = checkedConfigurer;
        if (generated == null || current != null && current.generated() == generated) {
            return generated == null ? null : current;
        }
        checkedConfigurer = new CheckedComponentConfigurer(generated);
        return checkedConfigurer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // a Camel service (started and stopped with the context); not managed by Camel's default naming, which
        // appends an identity hash: registered in JMX under a name that stays the same across restarts
        getCamelContext().addService(usage, true, true);
        usageMBean = UsageMBean.register(getCamelContext(), usage, componentName());
        PipedriveLeadsUsageHealthCheck check = new PipedriveLeadsUsageHealthCheck(usageHealthCheckId(), usage);
        // the budget is spent by producers and consumers alike: the check is off only when both kinds are off
        check.setEnabled(isHealthCheckConsumerEnabled() || isHealthCheckProducerEnabled());
        usageHealthCheck = HealthCheckRegistration.register(getCamelContext(), check);
    }

    /** {@code pipedrive-leads-usage}, suffixed with the component's name when it was added under another name. */
    private String usageHealthCheckId() {
        String name = componentName();
        return "pipedrive-leads".equals(name) ? PipedriveLeadsUsageHealthCheck.ID
                : PipedriveLeadsUsageHealthCheck.ID + "-" + name;
    }

    /** The name this component was added under ({@code pipedrive-leads} unless added under another name). */
    private String componentName() {
        CamelContext context = getCamelContext();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) == this && !"pipedrive-leads".equals(name)) {
                return name;
            }
        }
        return "pipedrive-leads";
    }

    /** The usage health check, while registered (for tests and the dev console). */
    HealthCheckRegistration getUsageHealthCheck() {
        return usageHealthCheck;
    }

    /** A started in-memory state repository owned by this component: stopped by release or when it stops. */
    MemoryStateRepository createStateRepository() {
        return stateRepositories.createInMemory();
    }

    /** Stops a state repository this component created; user-supplied ones are left alone. */
    void releaseStateRepository(StateRepository<?, ?> repository) {
        stateRepositories.release(repository);
    }

    /** How many state repositories this component created and has not stopped yet (for leak checks). */
    int ownedStateRepositoryCount() {
        return stateRepositories.createdCount();
    }

    /**
     * The OAuth token provider of one installation of an app (client id and the company its refresh token belongs
     * to), shared by every endpoint of that installation so that they share one refresh, and by no other.
     */
    OAuthTokenProvider oauthProvider(TransportSettings transport, String tokenUrl, PipedriveLeadsConfiguration c) {
        // user-supplied: started if it is not yet, stopped by its owner
        StateRepositories.startSupplied(c.getOauthTokenStore());
        String installation = OAuthTokenProvider.installationKey(c.getOauthInstallationId(), c.getRefreshToken());
        List<String> allowedApiDomains = c.getAllowedApiDomains() == null || c.getAllowedApiDomains().isBlank()
                ? List.of()
                : java.util.Arrays.stream(c.getAllowedApiDomains().split(",")).map(String::trim)
                        .filter(h -> !h.isEmpty()).toList();
        String key = tokenUrl + "#" + c.getClientId() + "#" + installation + "#" + allowedApiDomains;
        return oauthProviders.computeIfAbsent(key, k -> new OAuthTokenProvider(httpClient(transport), mapper,
                tokenUrl, c.getClientId(), c.getClientSecret(), c.getRefreshToken(), c.getOauthTokenStore(),
                installation, allowedApiDomains));
    }

    /** Forgets every cached custom field definition; the next use reads them again. */
    public void refreshCustomFields() {
        fieldCatalogs.clear();
    }

    /** The persons and organizations created recently through this component (created on first use). */
    public RecentContacts recentContacts() {
        RecentContacts recent = recentContacts;
        if (recent == null) {
            synchronized (this) {
                if (recentContacts == null) {
                    recentContacts = new RecentContacts(intakeCacheSize, intakeCacheTtl);
                }
                recent = recentContacts;
            }
        }
        return recent;
    }

    /** The striped locks that serialize find-or-creates of one contact in this JVM. */
    public ContactLocks contactLocks() {
        return contactLocks;
    }

    public int getIntakeCacheSize() {
        return intakeCacheSize;
    }

    public void setIntakeCacheSize(int intakeCacheSize) {
        this.intakeCacheSize = intakeCacheSize;
    }

    public long getIntakeCacheTtl() {
        return intakeCacheTtl;
    }

    public void setIntakeCacheTtl(long intakeCacheTtl) {
        this.intakeCacheTtl = intakeCacheTtl;
    }

    /** The JSON mapper shared by all endpoints. */
    public ObjectMapper getMapper() {
        return mapper;
    }

    @Override
    protected void doStop() throws Exception {
        UsageMBean.unregister(getCamelContext(), usageMBean);
        usageMBean = null;
        if (usageHealthCheck != null) {
            usageHealthCheck.unregister();
            usageHealthCheck = null;
        }
        stateRepositories.stopAll();
        clients.values().forEach(IOHelper::close);
        clients.clear();
        super.doStop();
    }

    /**
     * The shared configuration: component-level defaults of every endpoint option.
     */
    public PipedriveLeadsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PipedriveLeadsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the global SSL context parameters when no sslContextParameters are set.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
