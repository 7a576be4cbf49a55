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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.OperationRequest;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.client.PageInfo;
import io.github.camelpipedrive.leads.client.PipedriveApiClient;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.QueryOption;

/**
 * The list requests of one feed: which list, ordered by the feed's key, restricted by its filters. Requests are
 * built from the operation table through {@link OperationRequest}, like the producer's.
 */
final class FeedQuery {

    /** One page of leads and whether the list goes on after it. */
    record Page(List<Lead> leads, boolean more, int requested) {
        boolean isFull() {
            return leads.size() >= requested;
        }
    }

    /** The endpoint options that filter every list the feed reads. */
    private static final List<QueryOption> FILTERS = List.of(QueryOption.OWNER_ID, QueryOption.PERSON_ID,
            QueryOption.ORGANIZATION_ID, QueryOption.FILTER_ID);

    private final PipedriveApiClient client;
    private final LeadFeed feed;
    /** The endpoint's filters (owner, person, organization, filter), applied to every list request. */
    private final Map<QueryOption, Object> filters = new EnumMap<>(QueryOption.class);
    private final JavaType leadList;

    FeedQuery(PipedriveApiClient client, ObjectMapper mapper, PipedriveLeadsConfiguration configuration) {
        this.client = client;
        this.feed = configuration.getFeed();
        for (QueryOption filter : FILTERS) {
            Object value = filter.configured(configuration);
            if (value != null) {
                filters.put(filter, filter.format(value)); // an invalid filter is reported before any request
            }
        }
        this.leadList = mapper.getTypeFactory().constructCollectionType(List.class, Lead.class);
    }

    /** The feed's key of a lead: add_time for the new feed, update_time for the updated feed. */
    Instant key(Lead lead) {
        Instant key = feed == LeadFeed.NEW ? lead.getAddTime() : lead.getUpdateTime();
        return key != null ? key : Instant.EPOCH;
    }

    private String keyField() {
        return feed == LeadFeed.NEW ? "add_time" : "update_time";
    }

    /**
     * Active leads with update_time at or after {@code since} (all when null), oldest key first. Re-anchoring every
     * page on the watermark, rather than walking offsets, is what keeps deletions from shifting leads past us.
     */
    Page activeAscending(Instant since, int start, int limit) {
        OperationRequest request = list(PipedriveLeadsOperation.getLeads, start, limit, "ASC");
        if (since != null) {
            request.query(QueryOption.UPDATED_SINCE, since);
        }
        return fetch(request, limit);
    }

    /** Archived leads, newest key first (the archived list has no updated_since). */
    Page archivedDescending(int start, int limit) {
        return fetch(list(PipedriveLeadsOperation.getArchivedLeads, start, limit, "DESC"), limit);
    }

    /** The newest lead by the feed's key, or null when there is none: where "now" starts. */
    Lead newestActive() {
        List<Lead> leads = fetch(list(PipedriveLeadsOperation.getLeads, 0, 1, "DESC"), 1).leads();
        return leads.isEmpty() ? null : leads.get(0);
    }

    /** A page of a lead list in the feed's key order, restricted by the endpoint's filters. */
    private OperationRequest list(PipedriveLeadsOperation list, int start, int limit, String direction) {
        OperationRequest request = OperationRequest.of(list)
                .query(QueryOption.LIMIT, limit)
                .query(QueryOption.START, start)
                .query(QueryOption.SORT, keyField() + " " + direction);
        filters.forEach(request::query);
        return request;
    }

    private Page fetch(OperationRequest request, int limit) {
        // bound while it streams: a page of 500 leads is never copied into a 300 KB byte array first
        ApiResult result = client.call(request.toApiRequest(), request.operation().successStatus(), leadList);
        @SuppressWarnings("unchecked")
        List<Lead> read = (List<Lead>) result.readData(leadList);
        List<Lead> leads = read == null ? new ArrayList<>() : read;
        PageInfo page = result.pageInfo();
        boolean more = page.moreItemsInCollection() && !leads.isEmpty();
        return new Page(leads, more, limit);
    }
}
