package io.github.camelpipedrive.leads.consumer;

import java.time.Instant;

import io.github.camelpipedrive.leads.model.Lead;

/**
 * The lists a feed reads, as {@link LeadPoller} sees them: the consumer plugs in {@link FeedQuery}; unit tests plug in
 * scripted pages and change the lists between two requests.
 */
interface LeadSource {

    /** Active leads with update_time at or after {@code since} (all when null), oldest key first. */
    FeedQuery.Page activeAscending(Instant since, int start, int limit);

    /** Archived leads, newest key first. */
    FeedQuery.Page archivedDescending(int start, int limit);

    /** The newest active lead by the feed's key, or null when there is none. */
    Lead newestActive();

    /** The feed's key of a lead (add_time or update_time). */
    Instant key(Lead lead);

    /** The source behind the consumer: the feed's real list requests. */
    static LeadSource of(FeedQuery query) {
        return new LeadSource() {
            @Override
            public FeedQuery.Page activeAscending(Instant since, int start, int limit) {
                return query.activeAscending(since, start, limit);
            }

            @Override
            public FeedQuery.Page archivedDescending(int start, int limit) {
                return query.archivedDescending(start, limit);
            }

            @Override
            public Lead newestActive() {
                return query.newestActive();
            }

            @Override
            public Instant key(Lead lead) {
                return query.key(lead);
            }
        };
    }
}
