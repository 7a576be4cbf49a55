package io.github.camelpipedrive.leads.client;

/**
 * A raw response: status, headers and body bytes (possibly empty), with its rate-limit headers read once.
 */
public record ApiResponse(int status, HttpHeadersView headers, byte[] body, String contentType,
        RateLimitInfo rateLimit) {

    public ApiResponse(int status, HttpHeadersView headers, byte[] body, String contentType) {
        this(status, headers, body, contentType, RateLimitInfo.from(headers));
    }
}
