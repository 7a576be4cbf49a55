package io.github.camelpipedrive.leads.sandbox;

import java.util.Map;
import java.util.function.Predicate;

/**
 * The saved lead filters the sandbox company has, for {@code filter_id}:
 * 1 = owner is user 1, 2 = owner is user 2, 3 = linked to an organization, 4 = has a value.
 */
final class SavedFilters {

    private static final Map<Integer, Predicate<Lead>> FILTERS = Map.of(
            1, lead -> lead.ownerId == 1,
            2, lead -> lead.ownerId == 2,
            3, lead -> lead.organizationId != null,
            4, Lead::hasValue);

    private SavedFilters() {
    }

    /** @return the filter, or {@code null} when the company has no saved filter with that id */
    static Predicate<Lead> byId(int id) {
        return FILTERS.get(id);
    }
}
