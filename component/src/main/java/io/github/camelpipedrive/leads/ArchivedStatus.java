package io.github.camelpipedrive.leads;

/**
 * The seed's {@code archivedStatus} option of {@code getLeads}. Pipedrive removed the {@code archived_status} query
 * parameter in 2025 and moved archived leads to {@code GET /v1/leads/archived}; the component maps the old values
 * onto today's API:
 * <ul>
 * <li>{@code not_archived} (and unset): {@code GET /v1/leads}</li>
 * <li>{@code archived}: {@code GET /v1/leads/archived}</li>
 * <li>{@code all}: both lists with the same paging window, active leads first (two requests)</li>
 * </ul>
 */
public enum ArchivedStatus {
    archived,
    not_archived,
    all
}
