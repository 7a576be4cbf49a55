/*
 * Copyright 2026 The camel-pipedrive-leads authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
