package io.github.camelpipedrive.leads.consumer;

import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import org.apache.camel.spi.StateRepository;

/**
 * Keeps one feed's {@link LeadCursor} in a Camel {@link StateRepository}, under a key derived from the feed and its
 * filters (or the stateKey option), so that a restarted consumer continues where it stopped.
 */
final class CursorStore {

    private final StateRepository<String, String> repository;
    private final String key;

    CursorStore(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
    }

    /** The default key: the feed plus every filter that changes which leads the feed sees. */
    static String keyFor(PipedriveLeadsConfiguration c) {
        if (c.getStateKey() != null && !c.getStateKey().isBlank()) {
            return c.getStateKey();
        }
        StringBuilder sb = new StringBuilder("pipedrive-leads/").append(c.getFeed().name().toLowerCase());
        append(sb, "ownerId", c.getOwnerId());
        append(sb, "personId", c.getPersonId());
        append(sb, "organizationId", c.getOrganizationId());
        append(sb, "filterId", c.getFilterId());
        if (c.isIncludeArchived()) {
            sb.append("/includeArchived");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, Long value) {
        if (value != null) {
            sb.append('/').append(name).append(':').append(value);
        }
    }

    /** The saved cursor, or null when this feed has none yet. */
    LeadCursor load() {
        String value = repository.getState(key);
        return value == null || value.isBlank() ? null : LeadCursor.parse(value);
    }

    void save(LeadCursor cursor) {
        repository.setState(key, cursor.serialize());
    }

    String key() {
        return key;
    }
}
