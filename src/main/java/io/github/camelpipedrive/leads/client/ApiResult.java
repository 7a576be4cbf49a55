package io.github.camelpipedrive.leads.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful response, parsed: the JSON root, its {@code data}, pagination and the raw response.
 */
public record ApiResult(JsonNode root, ApiResponse response) {

    /** The {@code data} member (may be a JSON null). */
    public JsonNode data() {
        JsonNode data = root == null ? null : root.get("data");
        return data == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : data;
    }

    /** Pagination metadata; never null. */
    public PageInfo pageInfo() {
        return PageInfo.from(root);
    }

    /** Rate-limit headers of the response. */
    public RateLimitInfo rateLimit() {
        return response.rateLimit();
    }

    /** The HTTP status. */
    public int status() {
        return response.status();
    }
}
