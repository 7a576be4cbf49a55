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

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The options of the pipedrive-leads component and its endpoints. Set them once on the component
 * ({@code camel.component.pipedrive-leads.*}); each endpoint starts from a copy and may override any option.
 */
@UriParams
public class PipedriveLeadsConfiguration implements Cloneable {

    // ---- path
    @UriPath(description = "The Pipedrive Leads API operation")
    @Metadata(required = true)
    private PipedriveLeadsOperation operation;
    // ---- common
    @UriParam(label = "common", defaultValue = "https://api.pipedrive.com")
    private String baseUrl;
    @UriParam(label = "common")
    private String companyDomain;
    // ---- filter
    @UriParam(label = "filter")
    private Long ownerId;
    @UriParam(label = "filter")
    private Long personId;
    @UriParam(label = "filter")
    private Long organizationId;
    @UriParam(label = "filter")
    private Long filterId;
    // ---- consumer
    @UriParam(label = "consumer", defaultValue = "new", enums = "new,updated")
    private LeadFeed feed = LeadFeed.NEW;
    @UriParam(label = "consumer", defaultValue = "now")
    private String startFrom = "now";
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean includeArchived = false;
    @UriParam(label = "consumer", defaultValue = "500")
    private int pageSize = 500;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean batchMode = false;
    @UriParam(label = "common", defaultValue = "true")
    private boolean readAhead = true;
    @UriParam(label = "consumer")
    private org.apache.camel.spi.StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private String stateKey;
    @UriParam(label = "consumer", defaultValue = "0.10")
    private double pollBudgetShare = 0.10;
    // ---- webhook (push and backfill: from("webhook:pipedrive-leads:getLeads"))
    @UriParam(label = "consumer,webhook", enums = "create,change,delete,all")
    private io.github.camelpipedrive.leads.webhook.WebhookEventAction webhookEventAction;
    @UriParam(label = "consumer,webhook", defaultValue = "camel-pipedrive-leads")
    private String webhookAuthUser = "camel-pipedrive-leads";
    @UriParam(label = "consumer,webhook", secret = true)
    private String webhookAuthPassword;
    @UriParam(label = "consumer,webhook")
    private String webhookName;
    @UriParam(label = "consumer,webhook", defaultValue = "false")
    private boolean webhookKeepOnStop = false;
    @UriParam(label = "consumer,webhook", defaultValue = "262144")
    private int webhookMaxBodySize = 262144;
    @UriParam(label = "consumer,webhook", defaultValue = "false")
    private boolean webhookRetryOnFailure = false;
    @UriParam(label = "consumer,webhook", defaultValue = "true")
    private boolean webhookDeliverDeletes = true;
    @UriParam(label = "consumer,webhook", defaultValue = "900000")
    private long backfillDelay = 900000;
    @UriParam(label = "consumer,webhook", defaultValue = "10000")
    private int webhookDedupeCapacity = 10000;
    // ---- producer
    @UriParam(label = "producer")
    private String id;
    @UriParam(label = "producer")
    private Integer limit;
    @UriParam(label = "producer")
    private Integer start;
    @UriParam(label = "producer")
    private String sort;
    @UriParam(label = "producer")
    private String updatedSince;
    @UriParam(label = "producer", enums = "archived,not_archived,all")
    private ArchivedStatus archivedStatus;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean notFoundAsEmptyBody = false;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean rateLimitHeaders = true;
    @UriParam(label = "producer")
    private String term;
    @UriParam(label = "producer", defaultValue = "v2", enums = "v1,v2")
    private SearchApiVersion searchApiVersion = SearchApiVersion.v2;
    @UriParam(label = "producer")
    private String fields;
    @UriParam(label = "producer")
    private Boolean exactMatch;
    @UriParam(label = "producer")
    private String includeFields;
    @UriParam(label = "producer")
    private String cursor;
    @UriParam(label = "producer")
    private Long dealId;
    @UriParam(label = "producer")
    private String conversionId;
    @UriParam(label = "producer")
    private Long stageId;
    @UriParam(label = "producer")
    private Long pipelineId;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean waitForConversion = false;
    @UriParam(label = "producer", defaultValue = "30000")
    private long conversionTimeout = 30000;
    @UriParam(label = "producer", defaultValue = "1000")
    private long conversionPollInterval = 1000;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean allPages = false;
    @UriParam(label = "producer", defaultValue = "0")
    private int maxResults = 0;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean resolveCustomFieldNames = false;
    @UriParam(label = "producer", defaultValue = "email,phone")
    private String personMatchFields = "email,phone";
    @UriParam(label = "producer", defaultValue = "true")
    private boolean searchContacts = true;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean createMissingContacts = true;
    @UriParam(label = "producer", defaultValue = "first", enums = "first,fail,newest")
    private MultipleMatchPolicy multipleMatches = MultipleMatchPolicy.first;
    @UriParam(label = "producer")
    private Boolean pinnedToLead;
    @UriParam(label = "producer", defaultValue = "600000")
    private long customFieldCacheTtl = 600000;
    // ---- security
    @UriParam(label = "security", secret = true)
    private String apiToken;
    @UriParam(label = "security", secret = true)
    private String accessToken;
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureHttp = false;
    @UriParam(label = "security")
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;
    @UriParam(label = "security")
    private String clientId;
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    @UriParam(label = "security", secret = true)
    private String refreshToken;
    @UriParam(label = "security", defaultValue = "https://oauth.pipedrive.com/oauth/token")
    private String tokenUrl = "https://oauth.pipedrive.com/oauth/token";
    @UriParam(label = "security")
    private org.apache.camel.spi.StateRepository<String, String> oauthTokenStore;
    @UriParam(label = "security")
    private String oauthInstallationId;
    @UriParam(label = "security")
    private String allowedApiDomains;
    // ---- proxy
    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy", secret = true)
    private String proxyAuthUsername;
    @UriParam(label = "proxy", secret = true)
    private String proxyAuthPassword;
    // ---- advanced
    @UriParam(label = "advanced", defaultValue = "30000")
    private int connectTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "60000")
    private int responseTimeout = 60000;
    @UriParam(label = "advanced", defaultValue = "30000")
    private int connectionRequestTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "200")
    private int maxTotalConnections = 200;
    @UriParam(label = "advanced", defaultValue = "20")
    private int connectionsPerRoute = 20;
    @UriParam(label = "advanced")
    private org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer;
    @UriParam(label = "advanced", defaultValue = "3")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "500")
    private long retryInitialDelay = 500;
    @UriParam(label = "advanced", defaultValue = "8000")
    private long retryMaxDelay = 8000;
    @UriParam(label = "advanced", defaultValue = "30000")
    private long retryMaxElapsed = 30000;
    @UriParam(label = "advanced", defaultValue = "true")
    private boolean clientThrottling = true;
    @UriParam(label = "advanced", defaultValue = "3")
    private int maxRateLimitRetries = 3;
    @UriParam(label = "advanced", defaultValue = "10000")
    private long maxRateLimitWait = 10000;
    @UriParam(label = "advanced", defaultValue = "16777216")
    private long maxResponseSize = 16 * 1024 * 1024;
    @UriParam(label = "advanced", defaultValue = "120000")
    private long responseDeadline = 120000;

    /**
     * The Pipedrive Leads API operation.
     */
    public PipedriveLeadsOperation getOperation() {
        return operation;
    }

    public void setOperation(PipedriveLeadsOperation operation) {
        this.operation = operation;
    }

    /**
     * The API base URL, without /api/v1. Use it for the sandbox, a proxy or tests. When unset, https://{companyDomain}.pipedrive.com is used if companyDomain is set, else https://api.pipedrive.com. Plain http is only accepted for loopback addresses unless allowInsecureHttp is set.
     */
    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The company domain: 'acme' targets https://acme.pipedrive.com. Ignored when baseUrl is set.
     */
    public String getCompanyDomain() {
        return companyDomain;
    }

    public void setCompanyDomain(String companyDomain) {
        this.companyDomain = companyDomain;
    }

    /**
     * Only leads owned by this user.
     */
    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    /**
     * Lead intake and findOrCreatePerson: the fields a person is matched on, in order, comma separated: email, phone,
     * name. Each of the person's values of the first field is searched (exact match) before the next field is tried;
     * the first match wins.
     */
    public String getPersonMatchFields() {
        return personMatchFields;
    }

    public void setPersonMatchFields(String personMatchFields) {
        this.personMatchFields = personMatchFields;
    }

    /**
     * Lead intake and find-or-create: search for an existing person or organization before creating one. Turn off
     * only when the contacts are known to be new (each intake then creates them: no search tokens, but duplicates
     * for a returning contact); contacts created by this component shortly before are still reused.
     */
    public boolean isSearchContacts() {
        return searchContacts;
    }

    public void setSearchContacts(boolean searchContacts) {
        this.searchContacts = searchContacts;
    }

    /**
     * Lead intake and find-or-create: create the person or organization when none matches. When false, a lead intake
     * whose contact is not found fails (nothing is created) and a find-or-create answers an empty body.
     */
    public boolean isCreateMissingContacts() {
        return createMissingContacts;
    }

    public void setCreateMissingContacts(boolean createMissingContacts) {
        this.createMissingContacts = createMissingContacts;
    }

    /**
     * Lead intake and find-or-create: what to do when the search finds several persons or organizations for one
     * value: first (the most relevant), fail (nothing is created) or newest (the highest id).
     */
    public MultipleMatchPolicy getMultipleMatches() {
        return multipleMatches;
    }

    public void setMultipleMatches(MultipleMatchPolicy multipleMatches) {
        this.multipleMatches = multipleMatches;
    }

    /**
     * addLeadNote: pin the note to the lead (when the body has no pinned_to_lead_flag); getLeadNotes: only notes
     * pinned (true) or not pinned (false) to the lead.
     */
    public Boolean getPinnedToLead() {
        return pinnedToLead;
    }

    public void setPinnedToLead(Boolean pinnedToLead) {
        this.pinnedToLead = pinnedToLead;
    }

    /**
     * Only leads linked to this person.
     */
    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    /**
     * Only leads linked to this organization.
     */
    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    /**
     * Only leads matching this saved filter (of type leads); it takes precedence over ownerId, personId and organizationId.
     */
    public Long getFilterId() {
        return filterId;
    }

    public void setFilterId(Long filterId) {
        this.filterId = filterId;
    }

    /**
     * Consumer: which feed to poll. new delivers each lead once when it is created; updated delivers a lead each time its update_time moves (creations included).
     */
    public LeadFeed getFeed() {
        return feed;
    }

    public void setFeed(LeadFeed feed) {
        this.feed = feed;
    }

    /**
     * Consumer: where a consumer without saved state begins: now (only leads created or updated after the first start), beginning (every existing lead), or an ISO-8601 timestamp.
     */
    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    /**
     * Consumer (feed=new): also deliver new leads that were archived before the consumer saw them, by reading GET /v1/leads/archived too (one more request per poll, 40 tokens).
     */
    public boolean isIncludeArchived() {
        return includeArchived;
    }

    public void setIncludeArchived(boolean includeArchived) {
        this.includeArchived = includeArchived;
    }

    /**
     * Consumer: page size of each list request, 1 to 500. Larger pages cost the same tokens per request.
     */
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /**
     * Consumer: deliver one exchange per page with a List of leads as body, instead of one exchange per lead.
     */
    public boolean isBatchMode() {
        return batchMode;
    }

    public void setBatchMode(boolean batchMode) {
        this.batchMode = batchMode;
    }

    /**
     * Consumer: while the route processes a full page of a backlog, read the next page on a separate thread (at
     * most one page ahead, so up to two pages in memory). It costs no extra request unless the poll then ends
     * early (a route failure, a stop), when the page read ahead is dropped; it is never used with includeArchived
     * or when maxMessagesPerPoll ends the poll, and idle polls are unchanged. Producer with allPages: while the
     * returned iterator walks a page, the next page is requested on a separate thread; the same requests in the
     * same order, one page more in memory, and one page read for nothing if the iterator is abandoned before its
     * end (never past maxResults). Set false to read every page only when the previous one was used up.
     */
    public boolean isReadAhead() {
        return readAhead;
    }

    public void setReadAhead(boolean readAhead) {
        this.readAhead = readAhead;
    }

    /**
     * Consumer: where the cursor is kept between polls and restarts. Defaults to an in-memory repository; use a CrashSafeFileStateRepository (io.github.camelpipedrive.leads.state) for one machine, which survives kill -9 (Camel's FileStateRepository can be torn by a crash), or a shared implementation for a cluster.
     */
    public org.apache.camel.spi.StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(org.apache.camel.spi.StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    /**
     * Consumer: the key under which the cursor is stored. Defaults to one derived from the feed and filters, so two consumers with the same feed and filters share a cursor.
     */
    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    /**
     * Consumer: the most of the company's daily API token budget that idle polling may spend, as a fraction (0.10 = 10 %). When delay is not set, the consumer polls every (tokens of an idle poll x 86400 s) / (share x daily budget): 576 s with the default share, a 30,000-token budget and a 20-token idle poll. The budget is read from the x-daily-ratelimit-token-limit header when Pipedrive sends it (30,000 otherwise). An explicit delay is always honoured; a WARN at start says when it spends more than this share.
     */
    public double getPollBudgetShare() {
        return pollBudgetShare;
    }

    public void setPollBudgetShare(double pollBudgetShare) {
        this.pollBudgetShare = pollBudgetShare;
    }

    /**
     * The lead or lead label id (a UUID) for getLead, updateLead, deleteLead, updateLeadLabel, deleteLeadLabel, and the lead of addLeadNote and getLeadNotes. The header CamelPipedriveLeadsId overrides it.
     */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /**
     * getLeads: page size, 1 to 500 (the API's default is 100).
     */
    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    /**
     * getLeads: offset of the first item (default 0).
     */
    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    /**
     * getLeads: sort order, 'field ASC' or 'field DESC', comma separated; fields: id, title, owner_id, creator_id, was_seen, expected_close_date, next_activity_id, add_time, update_time. Use RAW() in URIs.
     */
    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    /**
     * getLeads: only leads whose update_time is at or after this ISO-8601 timestamp, for example 2026-01-01T00:00:00Z.
     */
    public String getUpdatedSince() {
        return updatedSince;
    }

    public void setUpdatedSince(String updatedSince) {
        this.updatedSince = updatedSince;
    }

    /**
     * getLeads: which leads to list. Pipedrive removed the archived_status parameter in 2025; not_archived (and unset) reads GET /v1/leads, archived reads GET /v1/leads/archived, all reads both lists with the same paging window (two requests, active leads first).
     */
    public ArchivedStatus getArchivedStatus() {
        return archivedStatus;
    }

    public void setArchivedStatus(ArchivedStatus archivedStatus) {
        this.archivedStatus = archivedStatus;
    }

    /**
     * When true, HTTP 404 on getLead gives an empty (null) body and header CamelPipedriveLeadsHttpStatus 404 instead of an exception, for routes that treat 'not found' as normal.
     */
    public boolean isNotFoundAsEmptyBody() {
        return notFoundAsEmptyBody;
    }

    public void setNotFoundAsEmptyBody(boolean notFoundAsEmptyBody) {
        this.notFoundAsEmptyBody = notFoundAsEmptyBody;
    }

    /**
     * Whether the producer copies the rate-limit response headers (x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, x-daily-ratelimit-token-remaining) into the message headers CamelPipedriveLeadsRateLimitLimit, CamelPipedriveLeadsRateLimitRemaining, CamelPipedriveLeadsRateLimitReset and CamelPipedriveLeadsDailyTokensRemaining. Set false when no route reads them, to save their work on every call; the component's own rate-limit handling (burst throttle, waiting out 429) reads the response headers either way.
     */
    public boolean isRateLimitHeaders() {
        return rateLimitHeaders;
    }

    public void setRateLimitHeaders(boolean rateLimitHeaders) {
        this.rateLimitHeaders = rateLimitHeaders;
    }

    /**
     * searchLeads: the search term (at least 2 characters, or 1 with exactMatch). Header CamelPipedriveLeadsTerm overrides it.
     */
    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    /**
     * searchLeads: which search endpoint to use. v2 (GET /api/v2/leads/search, 20 tokens, cursor paging) by default;
     * v1 (GET /v1/leads/search, 40 tokens, offset paging with start).
     */
    public SearchApiVersion getSearchApiVersion() {
        return searchApiVersion;
    }

    public void setSearchApiVersion(SearchApiVersion searchApiVersion) {
        this.searchApiVersion = searchApiVersion;
    }

    /**
     * searchLeads: where to search, comma separated: title, notes, custom_fields (default all).
     */
    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    /**
     * searchLeads: only exact (case-insensitive) matches.
     */
    public Boolean getExactMatch() {
        return exactMatch;
    }

    public void setExactMatch(Boolean exactMatch) {
        this.exactMatch = exactMatch;
    }

    /**
     * searchLeads: extra fields to include in results; supported: lead.was_seen.
     */
    public String getIncludeFields() {
        return includeFields;
    }

    public void setIncludeFields(String includeFields) {
        this.includeFields = includeFields;
    }

    /**
     * searchLeads: the v2 cursor of the page to read (from header CamelPipedriveLeadsNextCursor of the previous page).
     */
    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    /**
     * convertDealToLead and getDealConversionStatus: the deal id. Header CamelPipedriveLeadsDealId overrides it.
     */
    public Long getDealId() {
        return dealId;
    }

    public void setDealId(Long dealId) {
        this.dealId = dealId;
    }

    /**
     * getLeadConversionStatus and getDealConversionStatus: the conversion job id (a UUID). Header CamelPipedriveLeadsConversionId overrides it.
     */
    public String getConversionId() {
        return conversionId;
    }

    public void setConversionId(String conversionId) {
        this.conversionId = conversionId;
    }

    /**
     * convertLeadToDeal without a body: the stage of the new deal (its pipeline is inferred).
     */
    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    /**
     * convertLeadToDeal without a body: the pipeline of the new deal (ignored when stageId is set).
     */
    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    /**
     * convertLeadToDeal and convertDealToLead: wait until the asynchronous conversion ends (polling its status) and return the final ConversionStatus with the new deal or lead id; a failed or rejected conversion raises PipedriveConversionException.
     */
    public boolean isWaitForConversion() {
        return waitForConversion;
    }

    public void setWaitForConversion(boolean waitForConversion) {
        this.waitForConversion = waitForConversion;
    }

    /**
     * waitForConversion: the longest wait in milliseconds before giving up (the conversion id is in the exception).
     */
    public long getConversionTimeout() {
        return conversionTimeout;
    }

    public void setConversionTimeout(long conversionTimeout) {
        this.conversionTimeout = conversionTimeout;
    }

    /**
     * waitForConversion: milliseconds between two status requests (1 token each).
     */
    public long getConversionPollInterval() {
        return conversionPollInterval;
    }

    public void setConversionPollInterval(long conversionPollInterval) {
        this.conversionPollInterval = conversionPollInterval;
    }

    /**
     * List operations (getLeads, getArchivedLeads, searchLeads, getLeadFields): return an Iterator over every page, fetched lazily while it is consumed, so .split(body()).streaming() walks any number of leads with memory bounded by one page.
     */
    public boolean isAllPages() {
        return allPages;
    }

    public void setAllPages(boolean allPages) {
        this.allPages = allPages;
    }

    /**
     * allPages: stop after this many results (0 = no limit).
     */
    public int getMaxResults() {
        return maxResults;
    }

    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    /**
     * Resolve custom fields by name: on read, Lead.getCustomFieldsByName() holds each custom field under its human name (option labels for enum and set fields); on write, bodies may use names and labels, which are sent as keys and option ids. Field definitions come from GET /v1/leadFields, cached per component.
     */
    public boolean isResolveCustomFieldNames() {
        return resolveCustomFieldNames;
    }

    public void setResolveCustomFieldNames(boolean resolveCustomFieldNames) {
        this.resolveCustomFieldNames = resolveCustomFieldNames;
    }

    /**
     * resolveCustomFieldNames: milliseconds before the cached field definitions are fetched again (an unknown name also triggers one refresh).
     */
    public long getCustomFieldCacheTtl() {
        return customFieldCacheTtl;
    }

    public void setCustomFieldCacheTtl(long customFieldCacheTtl) {
        this.customFieldCacheTtl = customFieldCacheTtl;
    }

    /**
     * The Pipedrive API token, sent in the x-api-token header (never in the URL). Takes precedence over accessToken when both are set.
     */
    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    /**
     * A static OAuth 2 access token, sent as Authorization: Bearer. Use apiToken or accessToken.
     */
    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    /**
     * Allow a plain http:// base URL for a non-loopback host. Off by default so that credentials never travel unencrypted by mistake.
     */
    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    /**
     * Custom TLS key and trust material. Certificates and host names are always verified.
     */
    public org.apache.camel.support.jsse.SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    /**
     * OAuth 2: the app's client id. With clientSecret and refreshToken the component obtains and refreshes access tokens itself.
     */
    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /**
     * OAuth 2: the app's client secret.
     */
    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    /**
     * OAuth 2: the initial refresh token. Pipedrive rotates it on every refresh; the newest one is kept in oauthTokenStore.
     */
    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    /**
     * OAuth 2: the token endpoint.
     */
    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /**
     * OAuth 2: where the newest refresh token is kept so that a restart does not lose it (a CrashSafeFileStateRepository of io.github.camelpipedrive.leads.state, or a shared repository). Without it the rotated token lives in memory only.
     */
    public org.apache.camel.spi.StateRepository<String, String> getOauthTokenStore() {
        return oauthTokenStore;
    }

    public void setOauthTokenStore(org.apache.camel.spi.StateRepository<String, String> oauthTokenStore) {
        this.oauthTokenStore = oauthTokenStore;
    }

    /**
     * OAuth 2: a name for the installation of the app that refreshToken belongs to (one Pipedrive company), for example the company domain. Token providers and the token kept in oauthTokenStore are keyed by clientId and this name, so endpoints of two companies never share a token. By default the key is derived from a SHA-256 hash of the configured refreshToken (never the token itself); set a name when the configured refreshToken changes between restarts (for example, read from a vault) so that the stored newest token is still found.
     */
    public String getOauthInstallationId() {
        return oauthInstallationId;
    }

    public void setOauthInstallationId(String oauthInstallationId) {
        this.oauthInstallationId = oauthInstallationId;
    }

    /**
     * OAuth 2: extra hosts, comma separated, that the api_domain of a token response may name besides pipedrive.com and its subdomains (for a proxy or tests). An entry matches the host exactly; a leading '*.' matches its subdomains. Bearer tokens are never sent to any other host.
     */
    public String getAllowedApiDomains() {
        return allowedApiDomains;
    }

    public void setAllowedApiDomains(String allowedApiDomains) {
        this.allowedApiDomains = allowedApiDomains;
    }

    /**
     * Proxy host.
     */
    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    /**
     * Proxy port.
     */
    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    /**
     * Proxy user name.
     */
    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    /**
     * Proxy password.
     */
    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    /**
     * Milliseconds to establish a connection.
     */
    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * Milliseconds to wait for response data (socket timeout).
     */
    public int getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    /**
     * Milliseconds to wait for a connection from the pool.
     */
    public int getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(int connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    /**
     * Maximum connections in the pool.
     */
    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    /**
     * Maximum connections per host.
     */
    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    /**
     * A hook to customise the Apache HttpClient 5 builder (for example interceptors or metrics).
     */
    public org.apache.camel.component.http.HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    /**
     * Retries of an idempotent request (GET, DELETE, PATCH) after 502, 503, 504, a reset or closed connection, a missing or truncated response, or a timeout; and of any request whose connection could not be made. POST requests are never retried after they may have reached Pipedrive, so a lead is never created twice.
     */
    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    /**
     * Milliseconds before the first retry; each further retry waits twice as long (with +-50 % jitter), up to retryMaxDelay.
     */
    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    /**
     * The longest wait in milliseconds between two retries.
     */
    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    /**
     * No retry starts later than this many milliseconds after the first attempt.
     */
    public long getRetryMaxElapsed() {
        return retryMaxElapsed;
    }

    public void setRetryMaxElapsed(long retryMaxElapsed) {
        this.retryMaxElapsed = retryMaxElapsed;
    }

    /**
     * Keep the requests of all endpoints of the component that use the same account within Pipedrive's 2-second burst window (learnt from x-ratelimit-limit), so that they do not run into 429 in the normal case.
     */
    public boolean isClientThrottling() {
        return clientThrottling;
    }

    public void setClientThrottling(boolean clientThrottling) {
        this.clientThrottling = clientThrottling;
    }

    /**
     * How often a request answered HTTP 429 for the 2-second burst window is retried after waiting what the response
     * asks (Retry-After or x-ratelimit-reset). A spent daily budget is never retried.
     */
    public int getMaxRateLimitRetries() {
        return maxRateLimitRetries;
    }

    public void setMaxRateLimitRetries(int maxRateLimitRetries) {
        this.maxRateLimitRetries = maxRateLimitRetries;
    }

    /**
     * The longest wait in milliseconds for a burst window to reset; a 429 asking for longer is raised as
     * PipedriveRateLimitException instead of waiting.
     */
    public long getMaxRateLimitWait() {
        return maxRateLimitWait;
    }

    public void setMaxRateLimitWait(long maxRateLimitWait) {
        this.maxRateLimitWait = maxRateLimitWait;
    }

    /**
     * The largest response body read, in bytes, counted after decompression (default 16 MB, far above Pipedrive's largest page of 500 leads). A larger body, or a larger Content-Length, is refused with PipedriveResponseTooLargeException and the connection dropped. 0 = no limit.
     */
    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    /**
     * The longest time in milliseconds from sending a request to the last byte of its response (default 120000, twice responseTimeout's default). responseTimeout bounds the wait for each byte; this bounds the whole response, so a server dripping a byte at a time cannot hold a thread for ever. On expiry the connection is aborted and the attempt fails like a read timeout (retried for GET, DELETE and PATCH only); requests in flight are checked every tenth of the deadline (at least 10 ms, at most 1 s apart), so the abort comes at most that much after it. 0 = no deadline.
     */
    public long getResponseDeadline() {
        return responseDeadline;
    }

    public void setResponseDeadline(long responseDeadline) {
        this.responseDeadline = responseDeadline;
    }

    /**
     * Push (webhook:pipedrive-leads:getLeads): which lead events the Pipedrive webhook subscription asks for (its event_action): create, change, delete or all (*). Unset: create for feed=new, all for feed=updated (creations and changes are both versions of a lead). feed=new accepts create and all only (it delivers creations; change events are ignored).
     */
    public io.github.camelpipedrive.leads.webhook.WebhookEventAction getWebhookEventAction() {
        return webhookEventAction;
    }

    public void setWebhookEventAction(io.github.camelpipedrive.leads.webhook.WebhookEventAction webhookEventAction) {
        this.webhookEventAction = webhookEventAction;
    }

    /**
     * Push: the Basic-auth user name Pipedrive sends with each delivery (http_auth_user of the subscription).
     */
    public String getWebhookAuthUser() {
        return webhookAuthUser;
    }

    public void setWebhookAuthUser(String webhookAuthUser) {
        this.webhookAuthUser = webhookAuthUser;
    }

    /**
     * Push: the Basic-auth password Pipedrive sends with each delivery (http_auth_password). Unset: a random 32-byte secret is generated at each registration and kept in memory only, so a subscription left from an earlier run (its secret unknown) is deleted and created again. Set it (from a vault) to reuse a kept subscription across restarts.
     */
    public String getWebhookAuthPassword() {
        return webhookAuthPassword;
    }

    public void setWebhookAuthPassword(String webhookAuthPassword) {
        this.webhookAuthPassword = webhookAuthPassword;
    }

    /**
     * Push: the name of the webhook subscription (at most 255 characters). Unset: 'camel-pipedrive-leads ' plus the state key. Subscriptions whose name starts with 'camel-pipedrive-leads' and whose URL is this endpoint's are treated as this component's: reused or deleted at registration.
     */
    public String getWebhookName() {
        return webhookName;
    }

    public void setWebhookName(String webhookName) {
        this.webhookName = webhookName;
    }

    /**
     * Push: keep the webhook subscription when the endpoint stops (default false: it is deleted). While the application is down Pipedrive's deliveries fail, and 10 failed first attempts ban the subscription for 30 minutes; keep it only for short restarts with a configured webhookAuthPassword (a generated secret is lost on restart and the subscription is then recreated anyway).
     */
    public boolean isWebhookKeepOnStop() {
        return webhookKeepOnStop;
    }

    public void setWebhookKeepOnStop(boolean webhookKeepOnStop) {
        this.webhookKeepOnStop = webhookKeepOnStop;
    }

    /**
     * Push: the largest delivery body accepted, in bytes; larger ones are answered 413 and not delivered (the backfill picks the lead up). Also limit the body size in the HTTP server itself, which reads the body before this check.
     */
    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    /**
     * Push: when the route fails on a delivered event, answer 500 so that Pipedrive retries it (after 3, 30 and 150 s). Default false: answer 200 and let the backfill deliver the lead again; failing answers count towards Pipedrive's ban of the subscription (10 failed first attempts: banned for 30 minutes).
     */
    public boolean isWebhookRetryOnFailure() {
        return webhookRetryOnFailure;
    }

    public void setWebhookRetryOnFailure(boolean webhookRetryOnFailure) {
        this.webhookRetryOnFailure = webhookRetryOnFailure;
    }

    /**
     * Push: deliver delete events (a LeadEvent with action delete and no current lead) when the subscription receives them (webhookEventAction delete or all). Polling cannot see deletes, so they come by push only: a delete whose delivery is lost is not delivered.
     */
    public boolean isWebhookDeliverDeletes() {
        return webhookDeliverDeletes;
    }

    public void setWebhookDeliverDeletes(boolean webhookDeliverDeletes) {
        this.webhookDeliverDeletes = webhookDeliverDeletes;
    }

    /**
     * Push: milliseconds between two backfill polls, the safety net that delivers what the webhook missed (downtime, a ban, dropped deliveries). Default 15 minutes: 20 tokens a poll, 1,920 tokens a day when idle. The first backfill poll runs when the route starts (after initialDelay).
     */
    public long getBackfillDelay() {
        return backfillDelay;
    }

    public void setBackfillDelay(long backfillDelay) {
        this.backfillDelay = backfillDelay;
    }

    /**
     * Push: the most lead versions delivered by push and not yet passed by the backfill cursor that are remembered (in memory and in the stateRepository) to keep the backfill from delivering them again. Reaching it runs a backfill poll early, which moves the cursor past them.
     */
    public int getWebhookDedupeCapacity() {
        return webhookDedupeCapacity;
    }

    public void setWebhookDedupeCapacity(int webhookDedupeCapacity) {
        this.webhookDedupeCapacity = webhookDedupeCapacity;
    }

    /**
     * A copy for one endpoint, so that endpoint options never change the component's defaults.
     */
    public PipedriveLeadsConfiguration copy() {
        try {
            return (PipedriveLeadsConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
