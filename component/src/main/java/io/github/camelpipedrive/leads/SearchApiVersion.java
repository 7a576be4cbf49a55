package io.github.camelpipedrive.leads;

/**
 * Which Pipedrive endpoint {@code searchLeads} calls.
 * <ul>
 * <li>{@code v2} (default): {@code GET /api/v2/leads/search}, 20 tokens, cursor paging</li>
 * <li>{@code v1}: {@code GET /v1/leads/search}, 40 tokens, offset paging with {@code start}</li>
 * </ul>
 */
public enum SearchApiVersion {
    v1,
    v2
}
