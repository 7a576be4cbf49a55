package io.github.camelpipedrive.leads.exception;

/**
 * HTTP 429 that the component did not (or could not) wait out: the burst window asked for longer than allowed, the
 * retries ran out, or the company's daily token budget is spent (then every request fails until it resets).
 */
public class PipedriveRateLimitException extends PipedriveApiException {

    private final boolean dailyBudgetExhausted;

    public PipedriveRateLimitException(PipedriveApiException cause, boolean dailyBudgetExhausted) {
        super(cause.getStatusCode(), dailyBudgetExhausted
                ? "daily API token budget of the company is spent; requests fail until it resets (Pipedrive resets"
                  + " it at midnight server time)"
                : cause.getError(), cause.getErrorInfo(), cause.getOperation(), cause.getMethod(), cause.getPath(),
              cause.getRateLimit());
        this.dailyBudgetExhausted = dailyBudgetExhausted;
    }

    /** True when the daily token budget is spent (not just the 2-second burst window). */
    public boolean isDailyBudgetExhausted() {
        return dailyBudgetExhausted;
    }
}
