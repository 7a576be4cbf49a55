package io.github.camelpipedrive.leads.client;

/**
 * How long and how often to wait out a 429 for the 2-second burst window before retrying. A 429 is always safe to
 * retry (the request was not processed), for every method. A spent daily budget is never retried.
 *
 * @param maxRetries  retries after a burst 429 (0 = raise at once)
 * @param maxWaitMillis the longest single wait; a 429 asking for longer is raised instead
 */
public record RateLimitPolicy(int maxRetries, long maxWaitMillis) {

    /** Milliseconds to wait for this 429: Retry-After, else x-ratelimit-reset, else 2 s (the window). */
    long waitMillis(RateLimitInfo info) {
        Integer seconds = info.retryAfterSeconds() != null ? info.retryAfterSeconds() : info.resetSeconds();
        long millis = seconds == null ? 2000L : Math.max(0, seconds) * 1000L;
        return Math.max(millis, 100L);
    }
}
