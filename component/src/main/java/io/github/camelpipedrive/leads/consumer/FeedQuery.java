package io.github.camelpipedrive.leads.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.client.ApiVersion;
import io.github.camelpipedrive.leads.client.PageInfo;
import io.github.camelpipedrive.leads.client.PipedriveApiClient;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.QueryOption;

/**
 * The list requests of one feed: which list, ordered by the feed's key, restricted by its filters.
 */
final class FeedQuery {

    /** One page of leads and whether the list goes on after it. */
    record Page(List<Lead> leads, boolean more, int requested) {
        boolean isFull() {
            return leads.size() >= requested;
        }
    }

    private final PipedriveApiClient client;
    private final LeadFeed feed;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final JavaType leadList;

    FeedQuery(PipedriveApiClient client, ObjectMapper mapper, PipedriveLeadsConfiguration configuration) {
        this.client = client;
        this.feed = configuration.getFeed();
        putIfSet("owner_id", configuration.getOwnerId());
        putIfSet("person_id", configuration.getPersonId());
        putIfSet("organization_id", configuration.getOrganizationId());
        putIfSet("filter_id", configuration.getFilterId());
        this.leadList = mapper.getTypeFactory().constructCollectionType(List.class, Lead.class);
    }

    private void putIfSet(String name, Long value) {
        if (value != null) {
            filters.put(name, value.toString());
        }
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
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", Integer.toString(limit));
        query.put("start", Integer.toString(start));
        query.put("sort", keyField() + " ASC");
        if (since != null) {
            query.put("updated_since", QueryOption.formatTimestamp(since));
        }
        query.putAll(filters);
        return fetch("leads", query, limit);
    }

    /** Archived leads, newest key first (the archived list has no updated_since). */
    Page archivedDescending(int start, int limit) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", Integer.toString(limit));
        query.put("start", Integer.toString(start));
        query.put("sort", keyField() + " DESC");
        query.putAll(filters);
        return fetch("leads/archived", query, limit);
    }

    /** The newest lead by the feed's key, or null when there is none: where "now" starts. */
    Lead newestActive() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", "1");
        query.put("start", "0");
        query.put("sort", keyField() + " DESC");
        query.putAll(filters);
        List<Lead> leads = fetch("leads", query, 1).leads();
        return leads.isEmpty() ? null : leads.get(0);
    }

    private Page fetch(String path, Map<String, String> query, int limit) {
        PipedriveLeadsOperation op = path.endsWith("archived")
                ? PipedriveLeadsOperation.getArchivedLeads : PipedriveLeadsOperation.getLeads;
        ApiRequest request = new ApiRequest(op.name(), "GET", ApiVersion.V1, path, query, null, op.tokenCost());
        ApiResult result = client.call(request, 200);
        @SuppressWarnings("unchecked")
        List<Lead> read = (List<Lead>) result.readData(leadList);
        List<Lead> leads = read == null ? new ArrayList<>() : read;
        PageInfo page = result.pageInfo();
        boolean more = page.moreItemsInCollection() && !leads.isEmpty();
        return new Page(leads, more, limit);
    }
}
