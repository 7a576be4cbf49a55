package io.github.camelpipedrive.leads.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Performs API requests for one endpoint: target base URL, credentials, transport and JSON. Turns every answer other
 * than the expected success status into a {@link PipedriveApiException}, and unreadable bodies into a
 * {@link PipedriveLeadsException}; credentials never appear in either.
 */
public class PipedriveApiClient {

    private final PipedriveHttpClient http;
    private final String baseUrl;
    private final AuthProvider auth;
    private final ObjectMapper mapper;

    public PipedriveApiClient(PipedriveHttpClient http, String baseUrl, AuthProvider auth, ObjectMapper mapper) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.mapper = mapper;
    }

    /**
     * Sends the request and returns the parsed result when the status is {@code successStatus}.
     *
     * @throws PipedriveApiException   on any other status
     * @throws PipedriveLeadsException on I/O failure or a malformed body
     */
    public ApiResult call(ApiRequest request, int successStatus) {
        ApiResponse response;
        try {
            response = http.execute(baseUrl, request, auth);
        } catch (IOException e) {
            throw new PipedriveLeadsException("Pipedrive " + request + " failed: " + e.getClass().getSimpleName()
                                              + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
        if (response.status() != successStatus) {
            throw ErrorMapper.toException(request, response, mapper);
        }
        return new ApiResult(parse(request, response), response);
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

    /** The mapper used for bodies and results. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The base URL requests go to. */
    public String baseUrl() {
        return baseUrl;
    }
}
