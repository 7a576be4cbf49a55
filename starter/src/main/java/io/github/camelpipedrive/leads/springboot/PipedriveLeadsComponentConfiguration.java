package io.github.camelpipedrive.leads.springboot;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spring Boot properties of the pipedrive-leads component: {@code camel.component.pipedrive-leads.*}. Every option
 * left unset keeps the component's default; endpoint URIs can still override each option.
 * <p>
 * Options that take objects (sslContextParameters, httpClientConfigurer, stateRepository) are set in URIs with
 * {@code #beanName} or with your own {@code ComponentCustomizer} bean.
 */
@ConfigurationProperties(prefix = "camel.component.pipedrive-leads")
public class PipedriveLeadsComponentConfiguration {

    /**
     * Whether to enable auto configuration of the pipedrive-leads component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * The Pipedrive API token, sent in the x-api-token header (never in the URL). Takes precedence over accessToken when both are set. Keep it out of source: for example ${PIPEDRIVE_API_TOKEN}.
     */
    private String apiToken;

    /**
     * A static OAuth 2 access token, sent as Authorization: Bearer. Use apiToken or accessToken.
     */
    private String accessToken;

    /**
     * The company domain: 'acme' targets https://acme.pipedrive.com. Ignored when baseUrl is set.
     */
    private String companyDomain;

    /**
     * The API base URL, without /api/v1, for the sandbox, a proxy or tests. When unset, https://{companyDomain}.pipedrive.com is used if companyDomain is set, else https://api.pipedrive.com. Plain http is only accepted for loopback addresses unless allowInsecureHttp is set.
     */
    private String baseUrl;

    /**
     * Allow a plain http:// base URL for a non-loopback host. Default false, so that credentials never travel unencrypted by mistake.
     */
    private Boolean allowInsecureHttp;

    /**
     * Milliseconds to establish a connection. Default 30000.
     */
    private Integer connectTimeout;

    /**
     * Milliseconds to wait for response data (socket timeout). Default 60000.
     */
    private Integer responseTimeout;

    /**
     * Milliseconds to wait for a connection from the pool. Default 30000.
     */
    private Integer connectionRequestTimeout;

    /**
     * Maximum connections in the pool. Default 200.
     */
    private Integer maxTotalConnections;

    /**
     * Maximum connections per host. Default 20.
     */
    private Integer connectionsPerRoute;

    /**
     * Proxy host.
     */
    private String proxyHost;

    /**
     * Proxy port.
     */
    private Integer proxyPort;

    /**
     * Proxy user name.
     */
    private String proxyAuthUsername;

    /**
     * Proxy password.
     */
    private String proxyAuthPassword;

    /**
     * How often a request answered HTTP 429 for the 2-second burst window is retried after waiting what the response asks (Retry-After or x-ratelimit-reset). A spent daily budget is never retried. Default 3.
     */
    private Integer maxRateLimitRetries;

    /**
     * The longest wait in milliseconds for a burst window to reset; a 429 asking for longer is raised as PipedriveRateLimitException instead of waiting. Default 10000.
     */
    private Long maxRateLimitWait;

    /**
     * When true, HTTP 404 on getLead gives an empty body and header CamelPipedriveLeadsHttpStatus 404 instead of an exception. Default false.
     */
    private Boolean notFoundAsEmptyBody;

    /**
     * Consumer: which feed to poll. new delivers each lead once when it is created; updated delivers a lead each time its update_time moves (creations included). Default new.
     */
    private io.github.camelpipedrive.leads.LeadFeed feed;

    /**
     * Consumer: where a consumer without saved state begins: now (only leads created or updated after the first start), beginning (every existing lead), or an ISO-8601 timestamp. Default now.
     */
    private String startFrom;

    /**
     * Consumer (feed=new): also deliver new leads that were archived before the consumer saw them, by reading GET /v1/leads/archived too (one more request per poll). Default false.
     */
    private Boolean includeArchived;

    /**
     * Consumer: page size of each list request, 1 to 500. Larger pages cost the same tokens per request. Default 500.
     */
    private Integer pageSize;

    /**
     * Consumer: the most of the company's daily API token budget that idle polling may spend, as a fraction (0.10 =
     * 10 %). When delay is not set, the consumer polls every (tokens of an idle poll x 86400 s) / (share x daily
     * budget): 576 s with the default share, a 30,000-token budget and a 20-token idle poll. Default 0.10.
     */
    private Double pollBudgetShare;

    /**
     * Consumer: deliver one exchange per page with a List of leads as body, instead of one exchange per lead. Default false.
     */
    private Boolean batchMode;

    /**
     * Route consumer errors (for example a failed poll) into the route's error handler instead of only logging them. Default false.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Start producers lazily, on the first message, so that a route can start while the producer cannot yet. Default false.
     */
    private Boolean lazyStartProducer;

    /**
     * Whether autowiring of options marked as autowired is enabled. Default true.
     */
    private Boolean autowiredEnabled;

    /**
     * Whether the consumers' health checks are enabled (the consumer reports DOWN with the reason when polls fail, for example on a spent daily budget). Default true.
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Whether the producers' health checks are enabled. Default true.
     */
    private Boolean healthCheckProducerEnabled;

    /**
     * Use the global SSL context parameters when no sslContextParameters are set. Default false.
     */
    private Boolean useGlobalSslContextParameters;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getCompanyDomain() {
        return companyDomain;
    }

    public void setCompanyDomain(String companyDomain) {
        this.companyDomain = companyDomain;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Integer responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Integer getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(Integer connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public Integer getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(Integer maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public Integer getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(Integer connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public Integer getMaxRateLimitRetries() {
        return maxRateLimitRetries;
    }

    public void setMaxRateLimitRetries(Integer maxRateLimitRetries) {
        this.maxRateLimitRetries = maxRateLimitRetries;
    }

    public Long getMaxRateLimitWait() {
        return maxRateLimitWait;
    }

    public void setMaxRateLimitWait(Long maxRateLimitWait) {
        this.maxRateLimitWait = maxRateLimitWait;
    }

    public Boolean getNotFoundAsEmptyBody() {
        return notFoundAsEmptyBody;
    }

    public void setNotFoundAsEmptyBody(Boolean notFoundAsEmptyBody) {
        this.notFoundAsEmptyBody = notFoundAsEmptyBody;
    }

    public io.github.camelpipedrive.leads.LeadFeed getFeed() {
        return feed;
    }

    public void setFeed(io.github.camelpipedrive.leads.LeadFeed feed) {
        this.feed = feed;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public Boolean getIncludeArchived() {
        return includeArchived;
    }

    public void setIncludeArchived(Boolean includeArchived) {
        this.includeArchived = includeArchived;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Double getPollBudgetShare() {
        return pollBudgetShare;
    }

    public void setPollBudgetShare(Double pollBudgetShare) {
        this.pollBudgetShare = pollBudgetShare;
    }

    public Boolean getBatchMode() {
        return batchMode;
    }

    public void setBatchMode(Boolean batchMode) {
        this.batchMode = batchMode;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /**
     * Copies every option that is set onto the component and its shared configuration.
     *
     * @param component the component to configure
     */
    public void applyTo(PipedriveLeadsComponent component) {
        PipedriveLeadsConfiguration configuration = component.getConfiguration();
        if (apiToken != null) {
            configuration.setApiToken(apiToken);
        }
        if (accessToken != null) {
            configuration.setAccessToken(accessToken);
        }
        if (companyDomain != null) {
            configuration.setCompanyDomain(companyDomain);
        }
        if (baseUrl != null) {
            configuration.setBaseUrl(baseUrl);
        }
        if (allowInsecureHttp != null) {
            configuration.setAllowInsecureHttp(allowInsecureHttp);
        }
        if (connectTimeout != null) {
            configuration.setConnectTimeout(connectTimeout);
        }
        if (responseTimeout != null) {
            configuration.setResponseTimeout(responseTimeout);
        }
        if (connectionRequestTimeout != null) {
            configuration.setConnectionRequestTimeout(connectionRequestTimeout);
        }
        if (maxTotalConnections != null) {
            configuration.setMaxTotalConnections(maxTotalConnections);
        }
        if (connectionsPerRoute != null) {
            configuration.setConnectionsPerRoute(connectionsPerRoute);
        }
        if (proxyHost != null) {
            configuration.setProxyHost(proxyHost);
        }
        if (proxyPort != null) {
            configuration.setProxyPort(proxyPort);
        }
        if (proxyAuthUsername != null) {
            configuration.setProxyAuthUsername(proxyAuthUsername);
        }
        if (proxyAuthPassword != null) {
            configuration.setProxyAuthPassword(proxyAuthPassword);
        }
        if (maxRateLimitRetries != null) {
            configuration.setMaxRateLimitRetries(maxRateLimitRetries);
        }
        if (maxRateLimitWait != null) {
            configuration.setMaxRateLimitWait(maxRateLimitWait);
        }
        if (notFoundAsEmptyBody != null) {
            configuration.setNotFoundAsEmptyBody(notFoundAsEmptyBody);
        }
        if (feed != null) {
            configuration.setFeed(feed);
        }
        if (startFrom != null) {
            configuration.setStartFrom(startFrom);
        }
        if (includeArchived != null) {
            configuration.setIncludeArchived(includeArchived);
        }
        if (pageSize != null) {
            configuration.setPageSize(pageSize);
        }
        if (pollBudgetShare != null) {
            configuration.setPollBudgetShare(pollBudgetShare);
        }
        if (batchMode != null) {
            configuration.setBatchMode(batchMode);
        }
        if (bridgeErrorHandler != null) {
            component.setBridgeErrorHandler(bridgeErrorHandler);
        }
        if (lazyStartProducer != null) {
            component.setLazyStartProducer(lazyStartProducer);
        }
        if (autowiredEnabled != null) {
            component.setAutowiredEnabled(autowiredEnabled);
        }
        if (healthCheckConsumerEnabled != null) {
            component.setHealthCheckConsumerEnabled(healthCheckConsumerEnabled);
        }
        if (healthCheckProducerEnabled != null) {
            component.setHealthCheckProducerEnabled(healthCheckProducerEnabled);
        }
        if (useGlobalSslContextParameters != null) {
            component.setUseGlobalSslContextParameters(useGlobalSslContextParameters);
        }
    }
}
