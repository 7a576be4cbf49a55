package io.github.camelpipedrive.leads.sandbox;

/**
 * Shape of the {@code additional_data} paging block of the offset-paged v1 lists.
 *
 * <p>The reference (§1.2) cannot say which one the live {@code GET /v1/leads} returns, so the
 * sandbox can produce both and a client is expected to parse both.
 */
public enum PaginationShape {
    /** SPEC-v1 schema: {@code additional_data: {start, limit, more_items_in_collection}}. */
    FLAT,
    /**
     * Pipedrive's general docs: {@code additional_data: {pagination: {start, limit,
     * more_items_in_collection, next_start}}}; {@code next_start} only when more items exist.
     */
    NESTED
}
