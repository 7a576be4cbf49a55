package io.github.camelpipedrive.leads.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs API requests for one endpoint: target base URL, credentials, transport and JSON. Turns every answer other
 * than the expected success status into a {@link PipedriveApiException}, and unreadable bodies into a
 * {@link PipedriveLeadsException}; credentials never appear in either.
 */
public class PipedriveApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveApiClient.class);

    private final PipedriveHttpClient http;
    private final String baseUrl;
    private final AuthProvider auth;
    private final ObjectMapper mapper;
    private final RateLimitPolicy rateLimitPolicy;
    private final boolean baseUrlExplicit;

    public PipedriveApiClient(PipedriveHttpClient http, String baseUrl, AuthProvider auth, ObjectMapper mapper,
                              RateLimitPolicy rateLimitPolicy) {
        this(http, baseUrl, true, auth, mapper, rateLimitPolicy);
    }

    /**
     * @param baseUrlExplicit false when the base URL is only the default, so that a base URL dictated by the
     *                        credential (OAuth's api_domain) takes its place
     */
    public PipedriveApiClient(PipedriveHttpClient http, String baseUrl, boolean baseUrlExplicit, AuthProvider auth,
                              ObjectMapper mapper, RateLimitPolicy rateLimitPolicy) {
        this.http = http;
        this.baseUrlExplicit = baseUrlExplicit;
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.mapper = mapper;
        this.rateLimitPolicy = rateLimitPolicy;
    }

    /**
     * Sends the request and returns the parsed result when the status is {@code successStatus}.
     *
     * @throws PipedriveApiException   on any other status
     * @throws PipedriveLeadsException on I/O failure or a malformed body
     */
    public ApiResult call(ApiRequest request, int successStatus) {
        boolean renewedAuth = false;
        for (int attempt = 0;; attempt++) {
            ApiResponse response = send(request);
            if (response.status() == 401 && !renewedAuth && auth.renewAfterUnauthorized()) {
                renewedAuth = true;
                attempt--;
                continue;
            }
            // any 2xx is success: a create answered 200 instead of 201 must not look failed (a retry would duplicate)
            if (response.status() == successStatus || response.status() / 100 == 2) {
                return new ApiResult(parse(request, response), response);
            }
            PipedriveApiException failure = ErrorMapper.toException(request, response, mapper);
            if (response.status() != 429) {
                throw failure;
            }
            RateLimitInfo info = response.rateLimit();
            if (info.dailyBudgetSpent()) {
                throw new PipedriveRateLimitException(failure, true);
            }
            long wait = rateLimitPolicy.waitMillis(info);
            if (attempt >= rateLimitPolicy.maxRetries() || wait > rateLimitPolicy.maxWaitMillis()) {
                throw new PipedriveRateLimitException(failure, false);
            }
            LOG.debug("HTTP 429 for {}: waiting {} ms for the rate-limit window (retry {} of {})", request, wait,
                    attempt + 1, rateLimitPolicy.maxRetries());
            pause(wait);
        }
    }

    private ApiResponse send(ApiRequest request) {
        try {
            return http.execute(effectiveBaseUrl(), request, auth);
        } catch (IOException e) {
            throw new PipedriveLeadsException("Pipedrive " + request + " failed: " + e.getClass().getSimpleName()
                                              + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveLeadsException("Interrupted while waiting for the rate-limit window", e);
        }
    }

    private JsonNode parse(ApiRequest request, ApiResponse response) {
        try {
            JsonNode root = mapper.readTree(response.body());
            if (root == null || !root.isObject()) {
                throw new PipedriveLeadsException("Pipedrive " + request + " returned HTTP " + response.status()
                                                  + " without a JSON object body");
            }
            return root;
        } catch (IOException e) {
            throw new PipedriveLeadsException("Pipedrive " + request + " returned HTTP " + response.status()
                                              + " with malformed JSON (" + response.body().length + " bytes): "
                                              + ErrorMapper.summarize(new String(response.body(),
                                                      StandardCharsets.UTF_8)),
                    e);
        }
    }

    /** Identity of the target account (base URL and a hash of the credential), for per-account caches. */
    public String identity() {
        return baseUrl + "#" + auth.identity();
    }

    /** The mapper used for bodies and results. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The base URL requests go to. */
    public String baseUrl() {
        return effectiveBaseUrl();
    }

    private String effectiveBaseUrl() {
        return baseUrlExplicit ? baseUrl : auth.baseUrl().orElse(baseUrl);
    }
}
