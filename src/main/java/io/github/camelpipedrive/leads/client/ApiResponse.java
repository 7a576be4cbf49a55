package io.github.camelpipedrive.leads.client;

/**
 * A raw response: status, headers and body bytes (possibly empty).
 */
public record ApiResponse(int status, HttpHeadersView headers, byte[] body, String contentType) {

    /** The rate-limit headers of this response. */
    public RateLimitInfo rateLimit() {
        return RateLimitInfo.from(headers);
    }

    /** Whether the body claims to be JSON. */
    public boolean isJson() {
        return contentType != null && contentType.toLowerCase().contains("json");
    }
}
